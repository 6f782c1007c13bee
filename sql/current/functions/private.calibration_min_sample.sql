-- private.calibration_min_sample, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION private.calibration_min_sample()
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$ select 10 $function$;
alter function private.calibration_min_sample() owner to salesdesk_owner;
grant execute on function private.calibration_min_sample() to salesdesk_api;
