-- private.visible_pool_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0002_customers.sql, 0026_api_overhead.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.visible_pool_ids()
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    -- the units as one value (a scalar subquery), not the function called again for each pool
    select coalesce(array_agg(p.id), '{}')
    from sales.customer_pools p
    where p.unit_id = any ((select private.visible_pool_unit_ids())::bigint[])
$function$;
alter function private.visible_pool_ids() owner to salesdesk_owner;
grant execute on function private.visible_pool_ids() to salesdesk_api;
