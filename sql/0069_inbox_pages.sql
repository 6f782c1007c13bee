-- The approvals inbox a page at a time (issue 13 §9: the approvals page of a busy approver, 400
-- requests waiting on a supervisor or a manager, 13.2-13.6 ms p95 at the client against 10 in a
-- bench company of 10,000 employees and 300,000 contracts). The inbox itself was 1.25 ms in the
-- server: the rest was 400 rows of 17 columns decoded at the client, and the details of every
-- expense among them read at once, for a table that shows twenty.
--
-- * api.approvals_inbox takes a cursor (the last row's reached_at and request id) and a page size;
--   called without them it returns what it returned before (the first 1,000, the longest-waiting
--   first). The client reads 50, and the next 50 when the table is scrolled to its end.
-- * api.approvals_waiting() says how many wait on the caller in all (the tab's "Waiting on me (n)").
-- * The waiting approver rows are indexed in the inbox's order, so a page is one index range read
--   from the cursor on, and the count reads that index only. It replaces the index by request id;
--   the other reads of waiting rows go by request (the approvers' unique key).
-- * A waiting approver row has the time its step reached it (the inbox's order and cursor): the only
--   writer of `waiting` sets both (0023), and a constraint now says so.

set local role salesdesk_owner;

alter table sales.approval_approvers
    add constraint approval_approvers_waiting_reached check (not waiting or reached_at is not null);
create index approval_approvers_inbox_idx
    on sales.approval_approvers (employee_id, reached_at, request_id) where waiting;
drop index sales.approval_approvers_waiting_idx;

-- As 0053's private.approvals_waiting_on, a page after (p_after_at, p_after_id); from the first
-- when they are null (a waiting row's reached_at is never null, nor -infinity: the API refuses it).
create function private.approvals_waiting_page(p_employee_id bigint, p_after_at timestamptz,
                                               p_after_id bigint, p_limit integer)
    returns table (id bigint, type text, record_kind text, record_id bigint, requester_id bigint,
                   requester_name text, summary text, note text, amount numeric, discount numeric,
                   round integer, step_no integer, steps integer, mode text, submitted_at timestamptz,
                   reached_at timestamptz, version integer)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select r.id, r.type, r.record_kind, r.record_id, r.requester_id, e.name, r.summary, r.note, r.amount,
           r.discount, r.round, r.step_no, r.steps, a.mode, r.submitted_at, a.reached_at, r.version
    from sales.approval_approvers a
    join sales.approval_requests r on r.id = a.request_id
    join sales.employees e on e.id = r.requester_id
    where a.employee_id = p_employee_id and a.waiting
      and (a.reached_at, a.request_id) > (coalesce(p_after_at, '-infinity'), coalesce(p_after_id, 0))
    order by a.reached_at, a.request_id
    limit p_limit
$$;
revoke all on function private.approvals_waiting_page(bigint, timestamptz, bigint, integer) from public;
grant execute on function private.approvals_waiting_page(bigint, timestamptz, bigint, integer)
    to salesdesk_api;

create function private.approvals_waiting_count(p_employee_id bigint) returns integer
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select count(*)::integer from sales.approval_approvers a where a.employee_id = p_employee_id and a.waiting
$$;
revoke all on function private.approvals_waiting_count(bigint) from public;
grant execute on function private.approvals_waiting_count(bigint) to salesdesk_api;

reset role;
set local role salesdesk_api;

drop function api.approvals_inbox();

-- What waits on me, the longest-waiting first: p_limit rows after the row (p_after_at, p_after_id)
-- (its reached_at and id; both null: from the first).
create function api.approvals_inbox(p_after_at timestamptz default null, p_after_id bigint default null,
                                    p_limit integer default 1000)
    returns table (id bigint, type text, record_kind text, record_id bigint, requester_id bigint,
                   requester_name text, summary text, note text, amount numeric, discount numeric,
                   round integer, step_no integer, steps integer, mode text, submitted_at timestamptz,
                   reached_at timestamptz, version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me constant bigint := private.require_employee();
begin
    if p_limit is null or p_limit not between 1 and 1000 or (p_after_at is null) <> (p_after_id is null)
       or not isfinite(p_after_at) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query select * from private.approvals_waiting_page(me, p_after_at, p_after_id, p_limit);
end
$$;

-- How many requests wait on me.
create function api.approvals_waiting() returns integer
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    return private.approvals_waiting_count(private.require_employee());
end
$$;

reset role;

revoke all on function api.approvals_inbox(timestamptz, bigint, integer), api.approvals_waiting() from public;
grant execute on function api.approvals_inbox(timestamptz, bigint, integer), api.approvals_waiting()
    to salesdesk_user;

set local role salesdesk_owner;
drop function private.approvals_waiting_on(bigint);
