-- private.scope_unit_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.scope_unit_ids()
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce((
        select case p.data_scope when 'all' then (select array_agg(u.id) from sales.org_units u)
                                 when 'unit_tree' then private.unit_subtree(e.unit_id)
                                 when 'unit' then array[e.unit_id]
                                 else '{}'::bigint[] end
        from sales.employees e join sales.positions p on p.id = e.position_id
        where e.id = private.current_employee_id()), '{}')
$function$;
alter function private.scope_unit_ids() owner to salesdesk_owner;
grant execute on function private.scope_unit_ids() to salesdesk_api;
