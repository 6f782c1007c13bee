-- private.seen_tree, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0062_receivables_tree.sql

CREATE OR REPLACE FUNCTION private.seen_tree(p_ranges int8multirange)
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$
    select u.unit_id
    from (select e.unit_id, private.unit_subtree(e.unit_id) as tree from sales.employees e
          where e.id = private.current_employee_id()) u
    where not exists (select from sales.employees m where m.unit_id = any (u.tree) and not m.id <@ p_ranges)
$function$;
alter function private.seen_tree(p_ranges int8multirange) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
