-- api.pool_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql

CREATE OR REPLACE FUNCTION api.pool_rows()
 RETURNS TABLE(id bigint, unit_id bigint, unit_name text, name text, customer_count bigint, manages boolean)
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
    select p.id, p.unit_id, u.name, p.name,
           (select count(*) from sales.customers c where c.pool_id = p.id and c.archived_at is null),
           p.id = any (private.managed_pool_ids())
    from sales.customer_pools p join sales.org_units u on u.id = p.unit_id
    where private.require_employee() is not null
    order by u.name, p.id
$function$;
alter function api.pool_rows() owner to salesdesk_api;
grant execute on function api.pool_rows() to salesdesk_user;
