-- api.product_get, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.product_get(p_id bigint)
 RETURNS SETOF api.products
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
    return query select * from api.product_rows(array[p_id]);
end
$function$;
alter function api.product_get(p_id bigint) owner to salesdesk_api;
grant execute on function api.product_get(p_id bigint) to salesdesk_user;
