-- private.node_visible, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.node_visible(p_kind text, p_id bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select case p_kind
        when 'company' then p_id is null and private.sees_all()
        when 'unit' then exists (select 1 from sales.org_units u where u.id = p_id)
                         and (p_id = any ((select private.scope_unit_ids())::bigint[])
                              or p_id = (select e.unit_id from sales.employees e
                                         where e.id = private.current_employee_id()))
        when 'person' then exists (select 1 from sales.employees e where e.id = p_id)
                           and (p_id = private.current_employee_id() or p_id = any ((select private.visible_owner_ids())::bigint[]))
        else false end
$function$;
alter function private.node_visible(p_kind text, p_id bigint) owner to salesdesk_owner;
grant execute on function private.node_visible(p_kind text, p_id bigint) to salesdesk_api;
