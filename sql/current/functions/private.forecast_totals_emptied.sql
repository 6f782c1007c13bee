-- private.forecast_totals_emptied, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0052_forecast_kept.sql

CREATE OR REPLACE FUNCTION private.forecast_totals_emptied()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    delete from private.forecast_totals;
    return null;
end
$function$;
alter function private.forecast_totals_emptied() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
