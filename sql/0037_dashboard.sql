-- 0037 The dashboards' data per role (issue 14 §6): the "Today" section's three numbers in one call.
--
-- api.dashboard_today(p_today): the caller's own work on `p_today` —
--   due_today        their open follow-up plans due that day,
--   overdue          their open follow-up plans due before it,
--   closing          their open deals expected to close in that month, and closing_amount their sum.
-- A follow-up plan is a follow-up of theirs (not archived) with a next_followup_on; it is open until
-- they log a later follow-up of the same customer (the one that followed it up). A deal is open while
-- its stage has no outcome (won / lost) and it is not archived. Only the caller's own rows are read
-- (owner = the caller), so no scope beyond themselves is needed.

set local role salesdesk_api;
create or replace function api.dashboard_today(p_today date)
returns table (due_today integer, overdue integer, closing integer, closing_amount numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    first_day date;
begin
    if p_today is null or not isfinite(p_today) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    first_day := date_trunc('month', p_today)::date;
    return query
        with plans as (
            select f.next_followup_on as due
            from sales.followups f
            where f.owner_id = me and f.next_followup_on <= p_today and f.archived_at is null
              and not exists (select from sales.followups later
                              where later.owner_id = me and later.customer_id = f.customer_id
                                and later.archived_at is null
                                and (later.happened_at, later.id) > (f.happened_at, f.id))
        ), deals as (
            select o.amount
            from sales.opportunities o
            join sales.opportunity_stages s on s.id = o.stage_id
            where o.owner_id = me and o.archived_at is null and s.outcome is null
              and o.expected_close_date >= first_day
              and o.expected_close_date < (first_day + interval '1 month')::date
        )
        select (select count(*) from plans where plans.due = p_today)::integer,
               (select count(*) from plans where plans.due < p_today)::integer,
               (select count(*) from deals)::integer,
               (select coalesce(sum(deals.amount), 0) from deals);
end
$$;
revoke all on function api.dashboard_today(date) from public;
grant execute on function api.dashboard_today(date) to salesdesk_user;
reset role;
