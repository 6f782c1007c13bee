-- api.performance_settings_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

CREATE OR REPLACE FUNCTION api.performance_settings_rows()
 RETURNS TABLE(fiscal_year_start integer, updated_at timestamp with time zone, version integer)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
begin
    perform private.require_employee();
    return query select s.fiscal_year_start::integer, s.updated_at, s.version from sales.performance_settings s;
end
$function$;
alter function api.performance_settings_rows() owner to salesdesk_api;
grant execute on function api.performance_settings_rows() to salesdesk_user;
