-- private.receivable_tree_owners_apply, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0062_receivables_tree.sql

CREATE OR REPLACE FUNCTION private.receivable_tree_owners_apply(p_units bigint[], p_n bigint[], p_receivable numeric[], p_open numeric[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    chain bigint[];
    emptied bigint[];
begin
    if cardinality(p_units) is null then
        return;
    end if;
    with recursive up (base, id) as (
        select u, u from (select distinct u from unnest(p_units) u where u is not null) x
        union
        select up.base, o.parent_id from up join sales.org_units o on o.id = up.id where o.parent_id is not null
    )
    select array_agg(distinct id) into chain from up;
    perform from sales.org_units o where o.id = any (chain) order by o.id for share;
    with recursive up (base, id) as (
        select u, u from (select distinct u from unnest(p_units) u where u is not null) x
        union
        select up.base, o.parent_id from up join sales.org_units o on o.id = up.id where o.parent_id is not null
    ), sums as (
        insert into private.receivable_tree_owners as t (unit_id, contracts, receivable, planned_open)
        select up.id, sum(x.n), sum(x.receivable), sum(x.open)
        from unnest(p_units, p_n, p_receivable, p_open) x (unit_id, n, receivable, open)
        join up on up.base = x.unit_id
        group by 1 having sum(x.n) <> 0 or sum(x.receivable) <> 0 or sum(x.open) <> 0 order by 1
        on conflict (unit_id) do update
            set contracts = t.contracts + excluded.contracts, receivable = t.receivable + excluded.receivable,
                planned_open = t.planned_open + excluded.planned_open
        returning t.unit_id, t.contracts, t.receivable, t.planned_open
    )
    select array_agg(s.unit_id) into emptied from sums s
    where s.contracts = 0 and s.receivable = 0 and s.planned_open = 0;
    delete from private.receivable_tree_owners t
    where t.unit_id = any (emptied) and t.contracts = 0 and t.receivable = 0 and t.planned_open = 0;
end
$function$;
alter function private.receivable_tree_owners_apply(p_units bigint[], p_n bigint[], p_receivable numeric[], p_open numeric[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
