-- private.stage_win_rate_map, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION private.stage_win_rate_map(p_as_of date)
 RETURNS jsonb
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(jsonb_object_agg(r.stage_id::text || ':' || coalesce(r.unit_id::text, ''),
                                     jsonb_build_object('closed', r.closed, 'won', r.won)), '{}')
    from private.stage_win_rates(p_as_of) r
$function$;
alter function private.stage_win_rate_map(p_as_of date) owner to salesdesk_owner;
grant execute on function private.stage_win_rate_map(p_as_of date) to salesdesk_api;
