-- private.forecast_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0048_forecast_lean.sql, 0064_win_rates_by_team.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.forecast_rows(p_owners bigint[], p_first date, p_after date, p_as_of date)
 RETURNS TABLE(id bigint, owner_id bigint, unit_id bigint, stage_id bigint, month date, category text, amount numeric, probability numeric, calibrated_probability numeric, rate_source text, weighted numeric, calibrated numeric)
 LANGUAGE sql
 STABLE
AS $function$
    with rates as materialized (
        select * from private.stage_win_rates(
            p_as_of, case when p_owners is not null
                          then array(select distinct e.unit_id from sales.employees e
                                     where e.id = any (p_owners)) end)
    )
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
$function$;
alter function private.forecast_rows(p_owners bigint[], p_first date, p_after date, p_as_of date) owner to salesdesk_owner;
grant execute on function private.forecast_rows(p_owners bigint[], p_first date, p_after date, p_as_of date) to salesdesk_api;
