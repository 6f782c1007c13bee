-- api.product_category_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.product_category_rows()
 RETURNS TABLE(id bigint, code text, name text, parent_id bigint, active boolean, version integer)
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
    return query select c.id, c.code, c.name, c.parent_id, c.active, c.version
                 from sales.product_categories c order by c.code;
end
$function$;
alter function api.product_category_rows() owner to salesdesk_api;
grant execute on function api.product_category_rows() to salesdesk_user;
