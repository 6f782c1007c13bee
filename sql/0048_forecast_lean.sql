-- The forecast summed in one pass over the deals (issue 14 §4 and §7, the dashboard's targets).
--
-- Measured on the bench company (1,000,000 deals, 416,587 of them in the director's quarter):
-- api.forecast took 2.9 s for the director and 0.65 s for a manager, which alone broke the
-- dashboard's 300 ms and 100 ms. It summed api.forecast_deals, which builds every deal's full row
-- (title, owner's name), sorts them all by amount and hands them over through a PL/pgSQL result
-- set before the sum starts. The same expressions summed where they are read take 0.5 s for the
-- director.
--
-- private.forecast_rows is now the one place a deal's month, category, calibrated rate and the
-- two weighted amounts are computed (the text of 0036's api.forecast_deals, unchanged). It is a
-- plain SQL function, not a definer: called from the API's functions it runs as the API role, so
-- sales.opportunities' row-level security still decides which deals count, as before, and the
-- planner inlines it into each caller's query. api.forecast and api.forecast_breakdown sum it
-- directly; api.forecast_deals adds the names and the order for the deals list. Figures, rounding
-- (each deal's weighted amounts rounded to the fen, then summed), errors and rights are those of
-- 0036; tests/test_forecast.py checks them against its oracle.

set local role salesdesk_owner;

create or replace function private.forecast_rows(p_owners bigint[], p_first date, p_after date, p_as_of date)
returns table (id bigint, owner_id bigint, unit_id bigint, stage_id bigint, month date, category text,
               amount numeric, probability numeric, calibrated_probability numeric, rate_source text,
               weighted numeric, calibrated numeric)
language sql stable  -- no pinned settings, not a definer: so that it is inlined (its names are qualified)
as $$
    with rates as materialized (select * from private.stage_win_rates(p_as_of))
    select o.id, o.owner_id, e.unit_id, o.stage_id,
           date_trunc('month', case when s.outcome = 'won' then o.closed_at::date
                                    else o.expected_close_date end)::date,
           case when s.outcome = 'won' then 'closed' else o.forecast_category end,
           o.amount, o.probability, c.rate, c.source,
           round(o.amount * o.probability / 100, 2), round(o.amount * c.rate / 100, 2)
    from sales.opportunities o
    join sales.opportunity_stages s on s.id = o.stage_id
    join sales.employees e on e.id = o.owner_id
    left join rates t on t.stage_id = o.stage_id and t.unit_id = e.unit_id
    left join rates w on w.stage_id = o.stage_id and w.unit_id is null
    cross join lateral (
        select case when s.outcome = 'won' then 100::numeric else r.rate end as rate,
               case when s.outcome = 'won' then 'won' else r.source end as source
        from private.calibrated_rate(t.closed, t.won, w.closed, w.won, s.probability) r) c
    where o.archived_at is null and (p_owners is null or o.owner_id = any (p_owners))
      and (s.outcome is null and o.forecast_category in ('commit', 'best_case', 'pipeline')
           and o.expected_close_date >= p_first and o.expected_close_date < p_after
           or s.outcome = 'won' and o.closed_at >= p_first and o.closed_at < p_after)
$$;
revoke all on function private.forecast_rows(bigint[], date, date, date) from public;
grant execute on function private.forecast_rows(bigint[], date, date, date) to salesdesk_api;

reset role;
set local role salesdesk_api;

create or replace function api.forecast_deals(p_node_kind text, p_node_id bigint, p_period text,
                                              p_as_of date default null)
returns table (id bigint, title text, owner_id bigint, owner_name text, unit_id bigint, stage_id bigint,
               month date, category text, amount numeric, probability numeric,
               calibrated_probability numeric, rate_source text, weighted numeric, calibrated numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);
    as_of date := coalesce(p_as_of, current_date);
    first_day date;
    after_day date;
begin
    if p_period is null or not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        select f.id, o.title, f.owner_id, e.name, f.unit_id, f.stage_id, f.month, f.category, f.amount,
               f.probability, f.calibrated_probability, f.rate_source, f.weighted, f.calibrated
        from private.forecast_rows(owners, first_day, after_day, as_of) f
        join sales.opportunities o on o.id = f.id
        join sales.employees e on e.id = f.owner_id
        order by f.month, f.category, f.amount desc, f.id;
end
$$;

create or replace function api.forecast(p_node_kind text, p_node_id bigint, p_period text,
                                        p_as_of date default null)
returns table (month date, category text, deals bigint, amount numeric, weighted numeric,
               calibrated numeric, target numeric, adjusted numeric, adjusted_by text,
               adjusted_at timestamptz, adjustment_note text)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);
    as_of date := coalesce(p_as_of, current_date);
    first_day date;
    after_day date;
    adjustable boolean := p_node_kind in ('company', 'unit');
begin
    if p_period is null or not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        with f as (
            select x.month, x.category, count(*) as deals, sum(x.amount) as amount,
                   sum(x.weighted) as weighted, sum(x.calibrated) as calibrated
            from private.forecast_rows(owners, first_day, after_day, as_of) x
            group by x.month, x.category
        ), months as (
            select m::date as month from generate_series(first_day, after_day - 1, interval '1 month') m
        )
        select m.month, c.category, coalesce(f.deals, 0), coalesce(f.amount, 0), coalesce(f.weighted, 0),
               coalesce(f.calibrated, 0),
               private.node_target('contract_amount', p_node_kind, p_node_id, m.month,
                                   (m.month + interval '1 month')::date),
               a.amount, a.who, a.created_at, a.note
        from months m
        cross join (values ('commit', 1), ('best_case', 2), ('pipeline', 3), ('closed', 4)) c (category, o)
        left join f on f.month = m.month and f.category = c.category
        left join lateral (
            select x.amount, e.name as who, x.created_at, x.note
            from sales.forecast_adjustments x left join sales.employees e on e.id = x.created_by
            where adjustable and x.unit_id is not distinct from p_node_id and x.month = m.month
              and x.category = c.category
            order by x.id desc limit 1) a on true
        order by m.month, c.o;
end
$$;

create or replace function api.forecast_breakdown(p_node_kind text, p_node_id bigint, p_period text,
                                                  p_as_of date default null)
returns table (node_kind text, node_id bigint, name text, deals bigint, commit numeric, best_case numeric,
               pipeline numeric, closed numeric, weighted numeric, calibrated numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    units bigint[] := private.forecast_units();
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);  -- P0002 / SD005 first
    as_of date := coalesce(p_as_of, current_date);
    first_day date;
    after_day date;
begin
    if p_node_kind = 'person' then
        return;  -- a person has no children
    end if;
    if p_period is null or not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        with f as materialized (
            select x.id, x.owner_id, x.unit_id, x.category, x.amount, x.weighted, x.calibrated
            from private.forecast_rows(owners, first_day, after_day, as_of) x
        ), kids as (
            select 'unit' as kind, u.id, u.name, private.unit_subtree(u.id) as under, 1 as o
            from sales.org_units u
            where u.id = any (units)
              and (p_node_kind = 'company' and (u.parent_id is null or u.parent_id <> all (units))
                   or p_node_kind = 'unit' and u.parent_id = p_node_id)
            union all
            select 'person', e.id, e.name, null, 2 from sales.employees e
            where p_node_kind = 'unit' and e.unit_id = p_node_id
              and exists (select from f where f.owner_id = e.id)
        )
        select k.kind, k.id, k.name, count(f.id),
               coalesce(sum(f.amount) filter (where f.category = 'commit'), 0),
               coalesce(sum(f.amount) filter (where f.category = 'best_case'), 0),
               coalesce(sum(f.amount) filter (where f.category = 'pipeline'), 0),
               coalesce(sum(f.amount) filter (where f.category = 'closed'), 0),
               coalesce(sum(f.weighted), 0), coalesce(sum(f.calibrated), 0)
        from kids k
        left join f on case when k.kind = 'unit' then f.unit_id = any (k.under) else f.owner_id = k.id end
        group by k.kind, k.id, k.name, k.o
        order by k.o, k.name, k.id;
end
$$;

reset role;
