-- private.receivable_tree_rebuild, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0062_receivables_tree.sql

CREATE OR REPLACE FUNCTION private.receivable_tree_rebuild()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    lock table private.receivable_instalments, private.receivable_contracts in share mode;
    lock table sales.employees, sales.org_units in share mode;
    delete from private.receivable_tree_days;
    delete from private.receivable_tree_months;
    delete from private.receivable_tree_owners;
    with recursive up (base, id) as (
        select u.id, u.id from sales.org_units u
        union
        select up.base, o.parent_id from up join sales.org_units o on o.id = up.id where o.parent_id is not null
    ), d as (
        insert into private.receivable_tree_days (unit_id, due_on, instalments, unpaid)
        select up.id, r.due_on, sum(r.instalments), sum(r.unpaid)
        from private.receivable_days r join sales.employees e on e.id = r.owner_id join up on up.base = e.unit_id
        group by 1, 2
    ), m as (
        insert into private.receivable_tree_months (unit_id, due_month, instalments, unpaid)
        select up.id, r.due_month, sum(r.instalments), sum(r.unpaid)
        from private.receivable_months r join sales.employees e on e.id = r.owner_id join up on up.base = e.unit_id
        group by 1, 2
    )
    insert into private.receivable_tree_owners (unit_id, contracts, receivable, planned_open)
    select up.id, sum(r.contracts), sum(r.receivable), sum(r.planned_open)
    from private.receivable_owners r join sales.employees e on e.id = r.owner_id join up on up.base = e.unit_id
    group by 1;
end
$function$;
alter function private.receivable_tree_rebuild() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
