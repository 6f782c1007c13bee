-- api.position_permission_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.position_permission_rows()
 RETURNS TABLE(position_id bigint, position_code text, permission text)
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
    return query select pp.position_id, p.code, pp.permission
                 from sales.position_permissions pp join sales.positions p on p.id = pp.position_id
                 join sales.permissions x on x.code = pp.permission
                 order by p.id, x.sort_order;
end
$function$;
alter function api.position_permission_rows() owner to salesdesk_api;
grant execute on function api.position_permission_rows() to salesdesk_user;
