-- private.target_tree, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_tree()
 RETURNS TABLE(node_kind text, node_id bigint, parent_kind text, parent_id bigint)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select 'company', null::bigint, null::text, null::bigint
    union all
    select 'unit', u.id, case when p.parent_id is null then 'company' else 'unit' end,
           case when p.parent_id is null then null else p.id end
    from sales.org_units u join sales.org_units p on p.id = u.parent_id
    union all
    select 'person', e.id, case when u.parent_id is null then 'company' else 'unit' end,
           case when u.parent_id is null then null else u.id end
    from sales.employees e join sales.org_units u on u.id = e.unit_id
    where e.active
$function$;
alter function private.target_tree() owner to salesdesk_owner;
grant execute on function private.target_tree() to salesdesk_api;
