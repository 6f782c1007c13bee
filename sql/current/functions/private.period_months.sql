-- private.period_months, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.period_months(p_first date, p_after date)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
RETURN (((EXTRACT(year FROM age((p_after)::timestamp with time zone, (p_first)::timestamp with time zone)) * (12)::numeric) + EXTRACT(month FROM age((p_after)::timestamp with time zone, (p_first)::timestamp with time zone))))::integer;
alter function private.period_months(p_first date, p_after date) owner to salesdesk_owner;
grant execute on function private.period_months(p_first date, p_after date) to salesdesk_api;
