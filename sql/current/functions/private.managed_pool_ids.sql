-- private.managed_pool_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0004_hard_shell.sql

CREATE OR REPLACE FUNCTION private.managed_pool_ids()
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(array_agg(p.id), '{}')
    from private.pool_visibility v join sales.customer_pools p on p.unit_id = v.unit_id
    where v.viewer_id = private.current_employee_id() and v.manages
$function$;
alter function private.managed_pool_ids() owner to salesdesk_owner;
grant execute on function private.managed_pool_ids() to salesdesk_api;
