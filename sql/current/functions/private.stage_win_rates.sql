-- private.stage_win_rates, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION private.stage_win_rates(p_as_of date)
 RETURNS TABLE(stage_id bigint, unit_id bigint, closed bigint, won bigint)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with closed as (
        select o.id, s.outcome = 'won' as won, u.unit_id as team
        from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id
        join private.employee_units u
            on u.employee_id = o.owner_id and u.valid_from <= o.closed_at::date
           and (u.valid_to is null or o.closed_at::date < u.valid_to)
        where s.outcome is not null and o.archived_at is null
          and o.closed_at >= (p_as_of - interval '12 months') and o.closed_at < p_as_of
    ), passed as (
        select distinct c.id, c.won, c.team, h.to_stage_id as stage_id
        from closed c join sales.opportunity_stage_history h on h.opportunity_id = c.id
        join sales.opportunity_stages s on s.id = h.to_stage_id
        where s.outcome is null
    )
    select p.stage_id, p.team, count(*), count(*) filter (where p.won)
    from passed p group by grouping sets ((p.stage_id, p.team), (p.stage_id))
$function$;
alter function private.stage_win_rates(p_as_of date) owner to salesdesk_owner;
grant execute on function private.stage_win_rates(p_as_of date) to salesdesk_api;
