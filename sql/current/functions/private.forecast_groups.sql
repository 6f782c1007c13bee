-- private.forecast_groups, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0052_forecast_kept.sql, 0059_forecast_units.sql, 0064_win_rates_by_team.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.forecast_groups(p_owners bigint[], p_first date, p_after date, p_as_of date, p_all boolean, p_seen bigint[], p_shared bigint[], p_itemise bigint[])
 RETURNS TABLE(owner_id bigint, unit_id bigint, stage_id bigint, month date, category text, deals bigint, amount numeric, weighted numeric, calibrated numeric)
 LANGUAGE sql
 STABLE
AS $function$
    with counted as materialized (  -- the owners counted one by one or by unit; none listed when all are
        select e.id, e.unit_id
        from (select distinct x from unnest(case when p_all then p_owners else p_seen end) x) s (id)
        join sales.employees e on e.id = s.id
        where p_all or p_owners is null or s.id in (select unnest(p_owners))
    ), whole as materialized (  -- the units read as one: every member counted, not itemised
        select u.id from sales.org_units u
        where p_all and p_owners is null and u.id <> all (p_itemise)
        union all
        select c.unit_id from counted c
        where c.unit_id <> all (p_itemise)
        group by c.unit_id
        having count(*) = (select count(*) from sales.employees m where m.unit_id = c.unit_id)
    ), g as materialized (
        select null::bigint as owner_id, t.unit_id, t.stage_id, t.month, t.category, t.deals, t.amount,
               t.weighted
        from whole w
        join private.forecast_unit_totals t on t.unit_id = w.id and t.month >= p_first and t.month < p_after
        union all
        select t.owner_id, e.unit_id, t.stage_id, t.month, t.category, t.deals, t.amount, t.weighted
        from sales.employees e
        join private.forecast_totals t on t.owner_id = e.id and t.month >= p_first and t.month < p_after
        where p_all and p_owners is null and e.unit_id = any (p_itemise)
        union all
        select t.owner_id, c.unit_id, t.stage_id, t.month, t.category, t.deals, t.amount, t.weighted
        from counted c
        join private.forecast_totals t on t.owner_id = c.id and t.month >= p_first and t.month < p_after
        where c.unit_id not in (select w.id from whole w)
        union all
        select o.owner_id, e.unit_id, o.stage_id, k.month, k.category, count(*), sum(o.amount),
               sum(round(o.amount * o.probability / 100, 2))
        from sales.opportunities o
        join sales.opportunity_stages s on s.id = o.stage_id
        join sales.employees e on e.id = o.owner_id
        cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                                o.forecast_category) k
        where not p_all and o.id = any (p_shared) and (o.owner_id = any (p_seen)) is not true
          and (p_owners is null or o.owner_id = any (p_owners))
          and (s.outcome = 'won' and o.closed_at >= p_first and o.closed_at < p_after
               or s.outcome is null and o.expected_close_date >= p_first and o.expected_close_date < p_after)
        group by 1, 2, 3, 4, 5
    ), rates as materialized (
        select * from private.stage_win_rates(
            p_as_of, case when not (p_all and p_owners is null) then array(select distinct g.unit_id from g) end)
    ), rate as (  -- per open stage and team (the teams read here): once, not per group
        select s.id as stage_id, u.id as unit_id, c.rate
        from sales.opportunity_stages s cross join sales.org_units u
        left join rates t on t.stage_id = s.id and t.unit_id = u.id
        left join rates w on w.stage_id = s.id and w.unit_id is null
        cross join lateral private.calibrated_rate(t.closed, t.won, w.closed, w.won, s.probability) c
        where s.outcome is null and u.id in (select g.unit_id from g)
    )
    select g.owner_id, g.unit_id, g.stage_id, g.month, g.category, g.deals, g.amount, g.weighted,
           case when g.category = 'closed' then g.amount  -- won: 100 %
                else g.amount * r.rate * 0.01 end     -- exact: a product never rounds
    from g
    left join rate r on r.stage_id = g.stage_id and r.unit_id = g.unit_id
$function$;
alter function private.forecast_groups(p_owners bigint[], p_first date, p_after date, p_as_of date, p_all boolean, p_seen bigint[], p_shared bigint[], p_itemise bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
