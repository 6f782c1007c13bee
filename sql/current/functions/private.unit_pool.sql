-- private.unit_pool, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0002_customers.sql

CREATE OR REPLACE FUNCTION private.unit_pool(p_unit_id bigint)
 RETURNS TABLE(id bigint, unit_id bigint)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with recursive up (unit_id, depth) as (
        select p_unit_id, 0
        union all
        select u.parent_id, up.depth + 1 from up join sales.org_units u on u.id = up.unit_id
        where u.parent_id is not null and up.depth < 100
    )
    select p.id, p.unit_id from up join sales.customer_pools p on p.unit_id = up.unit_id
    order by up.depth limit 1
$function$;
alter function private.unit_pool(p_unit_id bigint) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
