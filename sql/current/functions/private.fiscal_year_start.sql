-- private.fiscal_year_start, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

CREATE OR REPLACE FUNCTION private.fiscal_year_start()
 RETURNS integer
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce((select fiscal_year_start from sales.performance_settings), 1)
$function$;
alter function private.fiscal_year_start() owner to salesdesk_owner;
grant execute on function private.fiscal_year_start() to salesdesk_api;
