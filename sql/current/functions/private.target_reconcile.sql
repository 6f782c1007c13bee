-- private.target_reconcile, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_reconcile(p_version_id bigint)
 RETURNS TABLE(node_kind text, node_id bigint, month date, tier text, value numeric, allocated numeric, difference numeric, children integer)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with tree as (select * from private.target_tree()),
    kids as (select t.parent_kind, t.parent_id, count(*)::int as n from tree t
             where t.parent_kind is not null group by 1, 2),
    vals as (select v.node_kind, v.node_id, v.month, v.tier, v.value from sales.target_values v
             where v.version_id = p_version_id),
    alloc as (select t.parent_kind, t.parent_id, v.month, v.tier, sum(v.value) as allocated
              from vals v join tree t on t.node_kind = v.node_kind and t.node_id is not distinct from v.node_id
              where t.parent_kind is not null group by 1, 2, 3, 4),
    cells as (select v.node_kind, v.node_id, v.month, v.tier from vals v
              union select a.parent_kind, a.parent_id, a.month, a.tier from alloc a)
    select c.node_kind, c.node_id, c.month, c.tier, coalesce(v.value, 0), coalesce(a.allocated, 0),
           coalesce(v.value, 0) - coalesce(a.allocated, 0), k.n
    from cells c
        join kids k on k.parent_kind = c.node_kind and k.parent_id is not distinct from c.node_id
        left join vals v on v.node_kind = c.node_kind and v.node_id is not distinct from c.node_id
                        and v.month = c.month and v.tier = c.tier
        left join alloc a on a.parent_kind = c.node_kind and a.parent_id is not distinct from c.node_id
                         and a.month = c.month and a.tier = c.tier
$function$;
alter function private.target_reconcile(p_version_id bigint) owner to salesdesk_owner;
grant execute on function private.target_reconcile(p_version_id bigint) to salesdesk_api;
