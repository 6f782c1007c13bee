-- api.permission_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.permission_rows()
 RETURNS TABLE(code text, name text, name_en text, description text, description_en text)
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
    return query select p.code, p.name, p.name_en, p.description, p.description_en
                 from sales.permissions p order by p.sort_order, p.code;
end
$function$;
alter function api.permission_rows() owner to salesdesk_api;
grant execute on function api.permission_rows() to salesdesk_user;
