-- private.receivable_tree_owners_moved, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0062_receivables_tree.sql

CREATE OR REPLACE FUNCTION private.receivable_tree_owners_moved()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    units bigint[];
    due date[];
    n bigint[];
    unpaid numeric[];
    receivable numeric[];
    open numeric[];
begin
    if not exists (select from new_rows w join old_rows o on o.id = w.id where w.unit_id <> o.unit_id) then
        return null;
    end if;
    with moved as (
        select w.id, o.unit_id as old_unit, w.unit_id as new_unit
        from new_rows w join old_rows o on o.id = w.id where w.unit_id <> o.unit_id
    ), d as (
        select m.old_unit as unit_id, r.due_on, -r.instalments as n, -r.unpaid as unpaid
        from moved m join private.receivable_days r on r.owner_id = m.id
        union all
        select m.new_unit, r.due_on, r.instalments, r.unpaid
        from moved m join private.receivable_days r on r.owner_id = m.id
    )
    select array_agg(d.unit_id), array_agg(d.due_on), array_agg(d.n), array_agg(d.unpaid)
    into units, due, n, unpaid from d;
    perform private.receivable_tree_apply(units, due, n, unpaid);
    with moved as (
        select w.id, o.unit_id as old_unit, w.unit_id as new_unit
        from new_rows w join old_rows o on o.id = w.id where w.unit_id <> o.unit_id
    ), s as (
        select m.old_unit as unit_id, -r.contracts as n, -r.receivable as receivable, -r.planned_open as open
        from moved m join private.receivable_owners r on r.owner_id = m.id
        union all
        select m.new_unit, r.contracts, r.receivable, r.planned_open
        from moved m join private.receivable_owners r on r.owner_id = m.id
    )
    select array_agg(s.unit_id), array_agg(s.n), array_agg(s.receivable), array_agg(s.open)
    into units, n, receivable, open from s;
    perform private.receivable_tree_owners_apply(units, n, receivable, open);
    return null;
end
$function$;
alter function private.receivable_tree_owners_moved() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
