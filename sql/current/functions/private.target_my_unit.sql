-- private.target_my_unit, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_my_unit(OUT node_kind text, OUT node_id bigint)
 RETURNS record
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select case when u.parent_id is null then 'company' else 'unit' end,
           case when u.parent_id is null then null else u.id end
    from sales.employees e join sales.org_units u on u.id = e.unit_id
    where e.id = private.current_employee_id()
$function$;
alter function private.target_my_unit(OUT node_kind text, OUT node_id bigint) owner to salesdesk_owner;
grant execute on function private.target_my_unit(OUT node_kind text, OUT node_id bigint) to salesdesk_api;
