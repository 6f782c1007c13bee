-- The approvals inbox of a busy approver and the receivables by customer in pages (issue 13 §9).
--
-- 1. The inbox. Measured by `salesdesk-admin bench --money` at 1 % of full size, with 400 requests
-- waiting on a supervisor and 3,000 they decided: 190 ms p95, 23 times its statement run by the
-- BYPASSRLS role. Every request an approver was named on is shared with them (the request kind's
-- members, 0023), so the requests' read policy compared each request with an array of 3,400 shared
-- ids, twice (the approver rows are seen with their request). The inbox is the caller's own waiting
-- approver rows, and an approver row makes its request visible to its approver; so it is read as the
-- owner, by the caller's employee id, with the same columns and order as before.
--
-- 2. The receivables by customer. api.receivables_ageing('customer', …) (0050) groups every counted
-- contract in the caller's scope with its instalments, names every customer and sorts them all:
-- 9.9 s for the biggest manager at full size (125,000 customers with money open). The kept contract
-- rows (0044) now carry the contract's customer, and api.receivables_by_customer returns a page of
-- customers, the largest receivable first (then by id), after a cursor, with the ageing of that
-- page's customers only; the first page ends with the totals row of every customer (group_id null,
-- `customers` their number). The sums are those of the kept rows, as before (tests/test_payments.py
-- compares the pages with the unpaged call, which stays for every grouping).

set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- 1. The inbox
-- ---------------------------------------------------------------------------
create function private.approvals_waiting_on(p_employee_id bigint)
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
    order by a.reached_at, r.id
    limit 1000
$$;
revoke all on function private.approvals_waiting_on(bigint) from public;
grant execute on function private.approvals_waiting_on(bigint) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 2. The kept contract rows carry their customer
-- ---------------------------------------------------------------------------
lock table sales.contracts, sales.instalments, sales.payments in share mode;  -- no write meanwhile
alter table private.receivable_contracts add column customer_id bigint;
update private.receivable_contracts r set customer_id = c.customer_id
from sales.contracts c where c.id = r.contract_id;
alter table private.receivable_contracts alter column customer_id set not null;
-- the owner's rows with what a page groups and sums (index only), and a customer's rows
create index receivable_contracts_owner_customer_idx on private.receivable_contracts (owner_id)
    include (customer_id, receivable, planned_open);
drop index private.receivable_contracts_owner_idx;
create index receivable_contracts_customer_idx on private.receivable_contracts (customer_id);

-- As 0044, with the customer.
create or replace function private.receivables_refresh(p_contracts bigint[]) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    if p_contracts is not null then
        if cardinality(p_contracts) = 0 then
            return;
        end if;
        -- one writer of a contract's money at a time, in id order (no deadlock between two
        -- statements touching the same contracts); what the other committed is then read below
        perform 1 from sales.contracts c where c.id = any (p_contracts) order by c.id for no key update;
        delete from private.receivable_instalments where contract_id = any (p_contracts);
        delete from private.receivable_contracts where contract_id = any (p_contracts);
    else
        delete from private.receivable_instalments;
        delete from private.receivable_contracts;
    end if;
    with c as materialized (
        select c.id, c.owner_id, c.customer_id, c.total_amount from sales.contracts c
        where private.contract_counts(c.status) and (p_contracts is null or c.id = any (p_contracts))
    ), paid as (
        select p.contract_id, sum(p.amount) as received from sales.payments p join c on c.id = p.contract_id
        where p.status = 'approved' group by p.contract_id
    ), plan as materialized (
        select i.id, i.contract_id, i.amount, i.due_on,
               sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) as running
        from sales.instalments i join c on c.id = i.contract_id
    ), open_instalments as (
        insert into private.receivable_instalments (instalment_id, contract_id, owner_id, due_on, unpaid)
        select pl.id, pl.contract_id, c.owner_id, pl.due_on, u.unpaid
        from plan pl join c on c.id = pl.contract_id left join paid pd on pd.contract_id = pl.contract_id,
             lateral (select greatest(0, least(pl.amount, pl.running - coalesce(pd.received, 0))) as unpaid) u
        where u.unpaid > 0
    ), planned as (
        select contract_id, sum(amount) as planned from plan group by contract_id
    )
    insert into private.receivable_contracts (contract_id, owner_id, customer_id, receivable, planned_open)
    select c.id, c.owner_id, c.customer_id, m.receivable, m.planned_open
    from c left join paid pd on pd.contract_id = c.id left join planned pl on pl.contract_id = c.id,
         lateral (select c.total_amount - coalesce(pd.received, 0) as receivable,
                         greatest(0, coalesce(pl.planned, 0) - coalesce(pd.received, 0)) as planned_open) m
    where m.receivable <> 0 or m.planned_open <> 0;
end
$$;

-- As 0044, and a counted contract whose customer changed is kept again.
create or replace function private.receivables_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    ids bigint[];
begin
    if tg_table_name = 'contracts' then
        if tg_op = 'INSERT' then
            select array_agg(id order by id) into ids from new_rows where private.contract_counts(status);
        elsif tg_op = 'DELETE' then
            select array_agg(id order by id) into ids from old_rows;
        else
            select array_agg(n.id order by n.id) into ids
            from new_rows n join old_rows o on o.id = n.id
            where (n.status, n.total_amount, n.owner_id, n.customer_id)
                  is distinct from (o.status, o.total_amount, o.owner_id, o.customer_id)
              and (private.contract_counts(n.status) or private.contract_counts(o.status));
        end if;
    elsif tg_table_name = 'instalments' then
        if tg_op = 'INSERT' then
            select array_agg(distinct contract_id) into ids from new_rows;
        elsif tg_op = 'DELETE' then
            select array_agg(distinct contract_id) into ids from old_rows;
        else
            select array_agg(distinct x.contract_id) into ids
            from (select n.contract_id from new_rows n join old_rows o on o.id = n.id
                  where (n.contract_id, n.amount, n.due_on) is distinct from (o.contract_id, o.amount, o.due_on)
                  union all
                  select o.contract_id from new_rows n join old_rows o on o.id = n.id
                  where n.contract_id is distinct from o.contract_id) x;
        end if;
    else  -- payments
        if tg_op = 'INSERT' then
            select array_agg(distinct contract_id) into ids from new_rows where status = 'approved';
        elsif tg_op = 'DELETE' then
            select array_agg(distinct contract_id) into ids from old_rows where status = 'approved';
        else
            select array_agg(distinct x.contract_id) into ids
            from (select n.contract_id from new_rows n join old_rows o on o.id = n.id
                  where (n.status = 'approved' or o.status = 'approved')
                    and (n.status, n.amount, n.contract_id) is distinct from (o.status, o.amount, o.contract_id)
                  union all
                  select o.contract_id from new_rows n join old_rows o on o.id = n.id
                  where o.status = 'approved' and n.contract_id is distinct from o.contract_id) x;
        end if;
    end if;
    perform private.receivables_refresh(coalesce(array_remove(ids, null), '{}'));  -- (null: rebuild all)
    return null;
end
$$;

-- ---------------------------------------------------------------------------
-- 3. A page of customers, and the totals of all
-- ---------------------------------------------------------------------------
-- The customers of the contracts the caller sees (the routes of private.receivables_seen, 0050)
-- with something receivable or planned open, by receivable descending then id, after the cursor
-- (receivable, id); each with the ageing of those of its contracts the caller sees. With p_total,
-- one more row last: the totals of every such customer (customer_id null, `customers` their number).
create function private.receivables_customer_page(p_today date, p_after_receivable numeric,
                                                  p_after_id bigint, p_limit integer, p_total boolean)
returns table (customer_id bigint, customers bigint, contracts bigint, receivable numeric, planned_open numeric,
               nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        with seen as (
            select r.contract_id, r.customer_id, r.receivable, r.planned_open
            from private.receivable_contracts r where all_rows
            union all
            select r.contract_id, r.customer_id, r.receivable, r.planned_open
            from unnest(owners) o (id) join private.receivable_contracts r on r.owner_id = o.id
            union all
            select r.contract_id, r.customer_id, r.receivable, r.planned_open
            from private.receivable_contracts r
            where not all_rows and r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true
        ), kept as materialized (
            select s.customer_id, count(*) filter (where s.receivable <> 0) as n, sum(s.receivable) as receivable,
                   sum(s.planned_open) as planned_open
            from seen s group by s.customer_id
            having sum(s.receivable) <> 0 or sum(s.planned_open) <> 0
        ), page as materialized (
            select k.* from kept k
            where p_after_receivable is null or k.receivable < p_after_receivable
               or (k.receivable = p_after_receivable and k.customer_id > p_after_id)
            order by k.receivable desc, k.customer_id
            limit p_limit
        ), aged as (
            select c.customer_id,
                   coalesce(sum(i.unpaid) filter (where i.due_on >= p_today), 0) as nd,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 1 and 30), 0) as b1,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 31 and 60), 0) as b2,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 61 and 90), 0) as b3,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on > 90), 0) as b4
            from page p join private.receivable_contracts c on c.customer_id = p.customer_id
                join private.receivable_instalments i on i.contract_id = c.contract_id
            where all_rows or c.owner_id = any (owners) or c.contract_id = any (shared)
            group by c.customer_id
        ), total as (
            select count(*) as customers, sum(k.n)::bigint as n, sum(k.receivable) as receivable,
                   sum(k.planned_open) as planned_open
            from kept k having p_total  -- (one row, or none when not asked)
        )
        select p.customer_id, null::bigint, p.n, p.receivable, p.planned_open, coalesce(a.nd, 0),
               coalesce(a.b1, 0), coalesce(a.b2, 0), coalesce(a.b3, 0), coalesce(a.b4, 0)
        from page p left join aged a on a.customer_id = p.customer_id
        union all
        select null, t.customers, coalesce(t.n, 0), coalesce(t.receivable, 0), coalesce(t.planned_open, 0),
               g.not_due, g.d1_30, g.d31_60, g.d61_90, g.d91_plus
        from total t cross join private.ageing_seen(p_today) g;
end
$$;
revoke all on function private.receivables_customer_page(date, numeric, bigint, integer, boolean) from public;
grant execute on function private.receivables_customer_page(date, numeric, bigint, integer, boolean)
    to salesdesk_api;

reset role;
set local role salesdesk_api;

create or replace function api.approvals_inbox()
    returns table (id bigint, type text, record_kind text, record_id bigint, requester_id bigint,
                   requester_name text, summary text, note text, amount numeric, discount numeric,
                   round integer, step_no integer, steps integer, mode text, submitted_at timestamptz,
                   reached_at timestamptz, version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    return query select * from private.approvals_waiting_on(private.require_employee());
end
$$;

-- The ageing by customer, a page at a time: p_after is the cursor of the last row read (null: the
-- first page, which ends with the totals row). Columns as api.receivables_ageing's, then the row's
-- cursor and, on the totals row, the number of customers.
create function api.receivables_by_customer(p_today date, p_after text default null,
                                            p_limit integer default 50)
returns table (group_id bigint, group_name text, contracts integer, not_due numeric, d1_30 numeric,
               d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric,
               receivable numeric, cursor text, customers integer)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    after jsonb;
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) or p_limit is null or p_limit not between 1 and 1000 then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    if p_after is not null then
        begin
            after := p_after::jsonb;
            if jsonb_typeof(after) <> 'array' or jsonb_array_length(after) <> 2
               or jsonb_typeof(after -> 0) <> 'number' or jsonb_typeof(after -> 1) <> 'number' then
                raise exception 'not a cursor';
            end if;
            perform (after ->> 0)::numeric, (after ->> 1)::bigint;
        exception when others then
            raise exception 'not a valid query' using errcode = 'SD005';
        end;
    end if;
    return query
        select p.customer_id, (select cu.name from sales.customers cu where cu.id = p.customer_id),
               p.contracts::integer, p.nd, p.b1, p.b2, p.b3, p.b4,
               p.b1 + p.b2 + p.b3 + p.b4, p.receivable - p.planned_open, p.receivable,
               case when p.customer_id is not null then jsonb_build_array(p.receivable, p.customer_id)::text end,
               p.customers::integer
        from private.receivables_customer_page(p_today, (after ->> 0)::numeric, (after ->> 1)::bigint, p_limit,
                                               p_after is null) p
        order by p.customer_id is null, p.receivable desc, p.customer_id;
end
$$;
revoke all on function api.receivables_by_customer(date, text, integer) from public;
grant execute on function api.receivables_by_customer(date, text, integer) to salesdesk_user;

reset role;
