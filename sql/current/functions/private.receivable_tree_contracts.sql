-- private.receivable_tree_contracts, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0062_receivables_tree.sql

CREATE OR REPLACE FUNCTION private.receivable_tree_contracts()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    units bigint[];
    n bigint[];
    receivable numeric[];
    open numeric[];
    sign int := case when tg_op = 'INSERT' then 1 else -1 end;
begin
    if tg_op = 'INSERT' then
        perform from sales.employees e where e.id in (select r.owner_id from new_rows r) order by e.id for share;
        select array_agg(e.unit_id), array_agg(x.n), array_agg(x.receivable), array_agg(x.open)
        into units, n, receivable, open
        from (select r.owner_id, count(*) filter (where r.receivable <> 0) as n, sum(r.receivable) as receivable,
                     sum(r.planned_open) as open from new_rows r group by 1) x
        join sales.employees e on e.id = x.owner_id;
    else
        perform from sales.employees e where e.id in (select r.owner_id from old_rows r) order by e.id for share;
        select array_agg(e.unit_id), array_agg(-x.n), array_agg(-x.receivable), array_agg(-x.open)
        into units, n, receivable, open
        from (select r.owner_id, count(*) filter (where r.receivable <> 0) as n, sum(r.receivable) as receivable,
                     sum(r.planned_open) as open from old_rows r group by 1) x
        join sales.employees e on e.id = x.owner_id;
    end if;
    perform private.receivable_tree_owners_apply(units, n, receivable, open);
    return null;
end
$function$;
alter function private.receivable_tree_contracts() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
