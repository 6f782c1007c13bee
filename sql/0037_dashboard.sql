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

-- The "Receivables by age" section: the ageing's totals over the caller's scope in one call.
-- api.receivables_ageing (0029) answers the same totals per group, but reads each contract's
-- instalments and payments through their row-level policies one contract at a time (over 30 s for
-- a director of 10,000 contracts); here the caller's contracts are taken once through the contract
-- policy (all of them, null, for whoever sees everything), and their money summed set-based by an
-- owner-run helper (no policy between the rows).
-- Same rules as 0029: receivable = counting contract total − approved payments; each instalment's
-- unpaid part (approved payments allocated oldest due first) in its bucket by days overdue on
-- p_today; unplanned = the receivable no instalment plans.
set local role salesdesk_owner;
create or replace function private.ageing_totals(p_contracts bigint[], p_today date)
returns table (contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric,
               d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
language sql stable security definer
set search_path = pg_catalog, pg_temp
as $$
    with c as materialized (
        select c.id, c.total_amount from sales.contracts c
        where private.contract_counts(c.status)
          and (p_contracts is null or c.id in (select unnest(p_contracts)))  -- a hashed set, not = any
    ), paid as (
        select p.contract_id, sum(p.amount) as received from sales.payments p join c on c.id = p.contract_id
        where p.status = 'approved' group by p.contract_id
    ), plan as (
        select i.contract_id, i.amount, i.due_on,
               sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) as running
        from sales.instalments i join c on c.id = i.contract_id
    ), open as (
        select greatest(0, least(pl.amount, pl.running - coalesce(pd.received, 0))) as unpaid,
               greatest(0, p_today - pl.due_on) as days
        from plan pl left join paid pd on pd.contract_id = pl.contract_id
    ), per_contract as (
        select c.total_amount - coalesce(pd.received, 0) as receivable,
               greatest(0, coalesce(pl.planned, 0) - coalesce(pd.received, 0)) as planned_open
        from c left join paid pd on pd.contract_id = c.id
            left join (select contract_id, sum(amount) as planned from plan group by contract_id) pl
                on pl.contract_id = c.id
    ), buckets as (
        select coalesce(sum(unpaid) filter (where days = 0), 0) as nd,
               coalesce(sum(unpaid) filter (where days between 1 and 30), 0) as b1,
               coalesce(sum(unpaid) filter (where days between 31 and 60), 0) as b2,
               coalesce(sum(unpaid) filter (where days between 61 and 90), 0) as b3,
               coalesce(sum(unpaid) filter (where days > 90), 0) as b4
        from open
    ), money as (
        select count(*) filter (where receivable <> 0)::integer as n, coalesce(sum(receivable), 0) as receivable,
               coalesce(sum(planned_open), 0) as planned_open
        from per_contract
    )
    select m.n, b.nd, b.b1, b.b2, b.b3, b.b4, b.b1 + b.b2 + b.b3 + b.b4, m.receivable - m.planned_open,
           m.receivable
    from money m, buckets b
$$;
revoke all on function private.ageing_totals(bigint[], date) from public;
grant execute on function private.ageing_totals(bigint[], date) to salesdesk_api;
reset role;

set local role salesdesk_api;
create or replace function api.dashboard_ageing(p_today date)
returns table (contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric,
               d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query
        select * from private.ageing_totals(
            case when not private.sees_all() then  -- what the contract policy lets the caller read
                array(select c.id from sales.contracts c where private.contract_counts(c.status)) end,
            p_today);
end
$$;
revoke all on function api.dashboard_ageing(date) from public;
grant execute on function api.dashboard_ageing(date) to salesdesk_user;
reset role;
