-- private.period_before, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.period_before(p_first date, p_after date, OUT first_day date, OUT after_day date)
 RETURNS record
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select (p_first - make_interval(months => private.period_months(p_first, p_after)))::date, p_first
$function$;
alter function private.period_before(p_first date, p_after date, OUT first_day date, OUT after_day date) owner to salesdesk_owner;
grant execute on function private.period_before(p_first date, p_after date, OUT first_day date, OUT after_day date) to salesdesk_api;
