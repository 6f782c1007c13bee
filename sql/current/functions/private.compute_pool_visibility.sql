-- private.compute_pool_visibility, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0004_hard_shell.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.compute_pool_visibility()
 RETURNS TABLE(viewer_id bigint, unit_id bigint, manages boolean)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with recursive
    ancestors (emp_id, unit_id) as (
        select e.id, e.unit_id from sales.employees e
        union
        select a.emp_id, u.parent_id from ancestors a join sales.org_units u on u.id = a.unit_id
        where u.parent_id is not null
    ),
    unit_tree (root_id, unit_id) as (
        select u.id, u.id from sales.org_units u
        union
        select t.root_id, u.id from unit_tree t join sales.org_units u on u.parent_id = t.unit_id
    ),
    pairs (viewer_id, unit_id, manages) as (
        select a.emp_id, a.unit_id, false from ancestors a
        union all
        select v.viewer_id, e.unit_id, false
        from private.visibility v join sales.employees e on e.id = v.owner_id
        union all
        select e.id, t.unit_id, true from sales.employees e
            join sales.positions p on p.id = e.position_id
            join unit_tree t on t.root_id = e.unit_id
        where p.data_scope in ('unit_tree', 'all')
        union all
        select e.id, u.id, true from sales.employees e
            join sales.positions p on p.id = e.position_id
            cross join sales.org_units u
        where p.data_scope = 'all'
    )
    select p.viewer_id, p.unit_id, bool_or(p.manages) from pairs p group by p.viewer_id, p.unit_id
$function$;
alter function private.compute_pool_visibility() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
