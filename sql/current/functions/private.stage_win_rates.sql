-- private.stage_win_rates, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql, 0055_win_rates_kept.sql, 0064_win_rates_by_team.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.stage_win_rates(p_as_of date, p_teams bigint[])
 RETURNS TABLE(stage_id bigint, unit_id bigint, closed bigint, won bigint)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with w as (
        select b.first_day, b.after_day,
               (date_trunc('month', b.first_day - 1) + interval '1 month')::date as first_month,
               date_trunc('month', b.after_day)::date as after_month
        from (select (p_as_of - interval '12 months')::date as first_day, p_as_of as after_day) b
    ), teams as (
        select distinct t.id from unnest(p_teams) t (id) where t.id is not null
    ), c as (
        select m.stage_id, m.unit_id, m.closed, m.won
        from w join private.stage_close_months m on m.month >= w.first_month and m.month < w.after_month
        where p_teams is null
        union all
        select d.stage_id, d.unit_id, d.closed, d.won
        from w join private.stage_close_days d
            on d.day >= w.first_day and d.day < least(w.first_month, w.after_day)
        where p_teams is null
        union all
        select d.stage_id, d.unit_id, d.closed, d.won
        from w join private.stage_close_days d
            on d.day >= greatest(w.after_month, w.first_month) and d.day < w.after_day
        where p_teams is null
        union all
        select m.stage_id, m.unit_id, m.closed, m.won
        from w cross join teams t
        join private.stage_close_months m
            on m.unit_id = t.id and m.month >= w.first_month and m.month < w.after_month
        union all
        select d.stage_id, d.unit_id, d.closed, d.won
        from w cross join teams t
        join private.stage_close_days d
            on d.unit_id = t.id and d.day >= w.first_day and d.day < least(w.first_month, w.after_day)
        union all
        select d.stage_id, d.unit_id, d.closed, d.won
        from w cross join teams t
        join private.stage_close_days d
            on d.unit_id = t.id and d.day >= greatest(w.after_month, w.first_month) and d.day < w.after_day
    )
    select c.stage_id, c.unit_id, sum(c.closed)::bigint, sum(c.won)::bigint
    from c group by c.stage_id, c.unit_id
    union all
    select d.stage_id, null, sum(d.closed)::bigint, sum(d.won)::bigint
    from w join private.stage_close_company_days d on d.day >= w.first_day and d.day < w.after_day
    group by d.stage_id
$function$;
alter function private.stage_win_rates(p_as_of date, p_teams bigint[]) owner to salesdesk_owner;
grant execute on function private.stage_win_rates(p_as_of date, p_teams bigint[]) to salesdesk_api;
