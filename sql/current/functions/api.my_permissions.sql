-- api.my_permissions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.my_permissions()
 RETURNS TABLE(code text)
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
    return query select pp.permission from sales.employees e
                     join sales.position_permissions pp on pp.position_id = e.position_id
                 where e.id = private.current_employee_id() and e.active
                 order by pp.permission;
end
$function$;
alter function api.my_permissions() owner to salesdesk_api;
grant execute on function api.my_permissions() to salesdesk_user;
