-- private.receivables_unit_rollup, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0063_receivables_by_owner_and_unit.sql, 0068_receivables_lookups.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.receivables_unit_rollup(p_today date, p_unit bigint)
 RETURNS TABLE(kind text, group_id bigint, contracts bigint, receivable numeric, planned_open numeric, nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    all_rows boolean := private.sees_all();
    ranges int8multirange := case when not all_rows then private.visible_owner_ranges() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
    top boolean := p_unit is null;
    -- the node: the unit asked for; else the caller's own unit, or for whoever sees everything the
    -- company's top unit (none when there are several: then the rows are the top units)
    node bigint := coalesce(p_unit, case when not all_rows then (
        select e.unit_id from sales.employees e where e.id = private.current_employee_id())
        else (select min(u.id) from sales.org_units u where u.parent_id is null
              having count(*) = 1) end);
    below bigint[];        -- the units directly below the node (at the company's top: the top units)
    whole bigint[];        -- those of them whose tree the caller sees all of
    unseen bigint[];       -- the units of the node's tree with someone the caller does not see
    node_tree bigint[];    -- the node's tree (null at the company's top: everything)
    people bigint[];       -- the owners read one by one: the node's own people, and at the top the
                           -- people seen outside the node's tree
    part_units bigint[];   -- the units below whose tree is read owner by owner, with each unit
    part_trees bigint[];   -- of their trees
    parts bigint[];        -- and the owners of those trees the caller sees, with their unit below
    part_owners bigint[];
begin
    if private.current_employee_id() is null then
        return;
    end if;
    below := array(select u.id from sales.org_units u
                   where (node is null and u.parent_id is null) or u.parent_id = node);
    node_tree := case when node is not null then private.unit_subtree(node) end;
    -- (one read of the tree's members, index-only; usually none is unseen, and every unit below is
    -- whole without reading its tree)
    unseen := case when not all_rows then array(select distinct m.unit_id from sales.employees m
                                                where m.unit_id = any (node_tree) and not m.id <@ ranges) end;
    whole := case when all_rows or cardinality(unseen) = 0 then below
                  else array(select b from unnest(below) b where not private.unit_subtree(b) && unseen) end;
    -- the node's own people, and at the top the owners seen outside its tree: those seen less the
    -- tree's members (each owner's unit tested against every unit of the tree took 2.4 ms for a
    -- manager's 1,290 owners and 138 units)
    people := array(select e.id from sales.employees e where e.unit_id = node and (all_rows or e.id <@ ranges)
                    union
                    (select o.id from unnest(case when top and not all_rows and node is not null
                                                  then private.visible_owner_ids() end) o (id)
                     except
                     select m.id from sales.employees m where m.unit_id = any (node_tree)));
    select coalesce(array_agg(b), '{}'), coalesce(array_agg(t.id), '{}') into part_units, part_trees
    from unnest(below) b cross join lateral unnest(private.unit_subtree(b)) t (id)
    where b <> all (whole);
    select coalesce(array_agg(p.unit), '{}'), coalesce(array_agg(e.id), '{}') into parts, part_owners
    from unnest(part_units, part_trees) p (unit, tree) join sales.employees e on e.unit_id = p.tree
    where e.id <@ ranges;
    return query
        with sh as materialized (
            -- the contracts shared with me whose owner I do not see: in the row of the unit below
            -- whose tree holds their owner, in their owner's row when the owner is of the node, or,
            -- at the top, outside the node's tree
            select r.contract_id, r.receivable, r.planned_open,
                   case when p.unit is not null then 'unit' else 'owner' end as kind,
                   coalesce(p.unit, r.owner_id) as gid
            from private.receivable_contracts r
                left join sales.employees e on e.id = r.owner_id
                left join unnest(part_units, part_trees) p (unit, tree) on p.tree = e.unit_id
            where not all_rows and r.contract_id = any (shared) and (r.owner_id <@ ranges) is not true
              and (p.unit is not null or e.unit_id = node
                   or (top and (node is null or e.unit_id is null or e.unit_id <> all (node_tree))))
        ), sums as (  -- per row: the kept sums
            select 'unit'::text as kind, r.unit_id as gid, r.contracts as n, r.receivable, r.planned_open
            from unnest(whole) w (id) join private.receivable_tree_owners r on r.unit_id = w.id
            union all
            select 'unit', p.unit, r.contracts, r.receivable, r.planned_open
            from unnest(parts, part_owners) p (unit, owner) join private.receivable_owners r on r.owner_id = p.owner
            union all
            select 'owner', r.owner_id, r.contracts, r.receivable, r.planned_open
            from unnest(people) o (id) join private.receivable_owners r on r.owner_id = o.id
            union all
            select h.kind, h.gid, (h.receivable <> 0)::int::bigint, h.receivable, h.planned_open from sh h
        ), ages as (
            select 'unit'::text as kind, t.unit_id as gid, t.unpaid, t.days from private.tree_ages(p_today, whole) t
            union all
            select 'unit', p.unit, i.unpaid, i.days
            from unnest(parts, part_owners) p (unit, owner)
                join private.receivable_ages(p_today, false, part_owners, '{}') i on i.owner_id = p.owner
            union all
            select 'owner', i.owner_id, i.unpaid, i.days from private.receivable_ages(p_today, false, people, '{}') i
            union all
            select h.kind, h.gid, r.unpaid, greatest(0, p_today - r.due_on)
            from sh h join private.receivable_instalments r on r.contract_id = h.contract_id
        ), money as (
            select s.kind, s.gid, sum(s.n) as n, sum(s.receivable) as receivable, sum(s.planned_open) as planned_open
            from sums s group by s.kind, s.gid
        ), aged as (
            select i.kind, i.gid, sum(i.unpaid) filter (where i.days = 0) as nd,
                   sum(i.unpaid) filter (where i.days between 1 and 30) as b1,
                   sum(i.unpaid) filter (where i.days between 31 and 60) as b2,
                   sum(i.unpaid) filter (where i.days between 61 and 90) as b3,
                   sum(i.unpaid) filter (where i.days > 90) as b4
            from ages i group by i.kind, i.gid
        )
        select m.kind, m.gid, m.n::bigint, m.receivable, m.planned_open, coalesce(a.nd, 0), coalesce(a.b1, 0),
               coalesce(a.b2, 0), coalesce(a.b3, 0), coalesce(a.b4, 0)
        from money m left join aged a on a.kind = m.kind and a.gid is not distinct from m.gid
        where m.receivable <> 0 or m.planned_open <> 0;
end
$function$;
alter function private.receivables_unit_rollup(p_today date, p_unit bigint) owner to salesdesk_owner;
grant execute on function private.receivables_unit_rollup(p_today date, p_unit bigint) to salesdesk_api;
