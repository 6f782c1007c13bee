-- private.fiscal_year_of, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

CREATE OR REPLACE FUNCTION private.fiscal_year_of(p_day date)
 RETURNS integer
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select extract(year from p_day)::int
           - case when extract(month from p_day)::int < private.fiscal_year_start() then 1 else 0 end
$function$;
alter function private.fiscal_year_of(p_day date) owner to salesdesk_owner;
grant execute on function private.fiscal_year_of(p_day date) to salesdesk_api;
