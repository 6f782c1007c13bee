-- private.receivable_tree_instalments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0062_receivables_tree.sql

CREATE OR REPLACE FUNCTION private.receivable_tree_instalments()
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
begin
    if tg_op = 'INSERT' then
        perform from sales.employees e where e.id in (select r.owner_id from new_rows r) order by e.id for share;
        select array_agg(e.unit_id), array_agg(x.due_on), array_agg(x.n), array_agg(x.unpaid)
        into units, due, n, unpaid
        from (select r.owner_id, r.due_on, count(*) as n, sum(r.unpaid) as unpaid from new_rows r
              group by 1, 2) x
        join sales.employees e on e.id = x.owner_id;
    else
        perform from sales.employees e where e.id in (select r.owner_id from old_rows r) order by e.id for share;
        select array_agg(e.unit_id), array_agg(x.due_on), array_agg(-x.n), array_agg(-x.unpaid)
        into units, due, n, unpaid
        from (select r.owner_id, r.due_on, count(*) as n, sum(r.unpaid) as unpaid from old_rows r
              group by 1, 2) x
        join sales.employees e on e.id = x.owner_id;
    end if;
    perform private.receivable_tree_apply(units, due, n, unpaid);
    return null;
end
$function$;
alter function private.receivable_tree_instalments() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
