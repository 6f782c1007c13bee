-- api.org_unit_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.org_unit_rows()
 RETURNS TABLE(id bigint, parent_id bigint, code text, name text, kind text, pool_id bigint, pool_name text)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
    select u.id, u.parent_id, u.code, u.name, u.kind, p.id, p.name
    from sales.org_units u left join sales.customer_pools p on p.unit_id = u.id  -- pools: if visible
    where private.require_employee() is not null
    order by u.id
$function$;
alter function api.org_unit_rows() owner to salesdesk_api;
grant execute on function api.org_unit_rows() to salesdesk_user;
