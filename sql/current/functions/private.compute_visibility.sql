-- private.compute_visibility, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0004_hard_shell.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.compute_visibility()
 RETURNS TABLE(viewer_id bigint, owner_id bigint, hands_on boolean)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with recursive
    reports (boss_id, emp_id) as (
        select e.manager_id, e.id from sales.employees e where e.manager_id is not null
        union
        select r.boss_id, e.id from reports r join sales.employees e on e.manager_id = r.emp_id
    ),
    below (root_id, unit_id) as (   -- units strictly below a unit
        select u.parent_id, u.id from sales.org_units u where u.parent_id is not null
        union
        select b.root_id, u.id from below b join sales.org_units u on u.parent_id = b.unit_id
    ),
    viewers as (
        select e.id, e.unit_id, p.data_scope
        from sales.employees e join sales.positions p on p.id = e.position_id
    ),
    pairs (viewer_id, owner_id, hands_on) as (
        select v.id, v.id, true from viewers v
        union all
        select v.id, r.emp_id, true from viewers v join reports r on r.boss_id = v.id
        where v.data_scope <> 'self'
        union all
        select v.id, e.id, false from viewers v join sales.employees e on e.unit_id = v.unit_id
        where v.data_scope in ('unit', 'unit_tree')
        union all
        select v.id, e.id, true from viewers v
            join below b on b.root_id = v.unit_id
            join sales.employees e on e.unit_id = b.unit_id
        where v.data_scope in ('unit_tree', 'all')
        union all
        select v.id, e.id, false from viewers v cross join sales.employees e
        where v.data_scope = 'all'
    )
    select p.viewer_id, p.owner_id, bool_or(p.hands_on) from pairs p group by p.viewer_id, p.owner_id
$function$;
alter function private.compute_visibility() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
