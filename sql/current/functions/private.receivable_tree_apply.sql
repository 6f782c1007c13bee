-- private.receivable_tree_apply, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0062_receivables_tree.sql

CREATE OR REPLACE FUNCTION private.receivable_tree_apply(p_units bigint[], p_due date[], p_n bigint[], p_unpaid numeric[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    chain bigint[];
    d_units bigint[];
    d_due date[];
    d_n bigint[];
    d_unpaid numeric[];
    units bigint[];
    keys date[];
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
    -- the deltas at every unit of each chain, the chains read again after the locks
    with recursive up (base, id) as (
        select u, u from (select distinct u from unnest(p_units) u where u is not null) x
        union
        select up.base, o.parent_id from up join sales.org_units o on o.id = up.id where o.parent_id is not null
    ), d as (
        select up.id as unit_id, x.due_on, sum(x.n) as n, sum(x.unpaid) as unpaid
        from unnest(p_units, p_due, p_n, p_unpaid) x (unit_id, due_on, n, unpaid)
        join up on up.base = x.unit_id
        group by 1, 2
    )
    select array_agg(d.unit_id), array_agg(d.due_on), array_agg(d.n), array_agg(d.unpaid)
    into d_units, d_due, d_n, d_unpaid from d;
    with days as (
        insert into private.receivable_tree_days as t (unit_id, due_on, instalments, unpaid)
        select d.unit_id, d.due_on, d.n, d.unpaid from unnest(d_units, d_due, d_n, d_unpaid) d (unit_id, due_on, n, unpaid)
        where d.n <> 0 or d.unpaid <> 0 order by 1, 2
        on conflict (unit_id, due_on) do update
            set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid
        returning t.unit_id, t.due_on, t.instalments
    )
    select array_agg(d.unit_id), array_agg(d.due_on) into units, keys from days d where d.instalments = 0;
    delete from private.receivable_tree_days t using unnest(units, keys) g (unit_id, due_on)
    where t.unit_id = g.unit_id and t.due_on = g.due_on and t.instalments = 0;
    with months as (
        insert into private.receivable_tree_months as t (unit_id, due_month, instalments, unpaid)
        select d.unit_id, date_trunc('month', d.due_on)::date, sum(d.n), sum(d.unpaid)
        from unnest(d_units, d_due, d_n, d_unpaid) d (unit_id, due_on, n, unpaid)
        group by 1, 2 having sum(d.n) <> 0 or sum(d.unpaid) <> 0 order by 1, 2
        on conflict (unit_id, due_month) do update
            set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid
        returning t.unit_id, t.due_month, t.instalments
    )
    select array_agg(m.unit_id), array_agg(m.due_month) into units, keys from months m where m.instalments = 0;
    delete from private.receivable_tree_months t using unnest(units, keys) g (unit_id, due_month)
    where t.unit_id = g.unit_id and t.due_month = g.due_month and t.instalments = 0;
end
$function$;
alter function private.receivable_tree_apply(p_units bigint[], p_due date[], p_n bigint[], p_unpaid numeric[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
