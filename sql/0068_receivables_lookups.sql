-- The receivables pages read the owners in scope by one index scan, and name the people one by one
-- (issue 13 §9: the receivables by customer and person for a manager and the director, 11-14 ms p95
-- at full size against 10). Times are the biggest manager's (1,290 owners, 138 units) in a bench
-- company of 10,000 employees and 300,000 contracts, inside the server with the pages' generic plans.
--
-- * api.receivables_by_owner joined its page of 51 rows to sales.employees: the function's rows are
--   estimated at 1,000, so the plan hashed all 10,000 employees for 51 names (2 ms of the biggest
--   manager's 7.8). The name is now read by the id, as the by-customer and by-unit pages read theirs.
-- * The kept sums of the owners in scope were joined to unnest(owners): 1,290 index descents for the
--   biggest manager (1.35 ms). `owner_id = any (owners)` reads them in one ordered scan of the key
--   (0.6 ms): private.receivables_owner_page's page and count, private.ageing_seen's owners outside
--   the tree, private.receivables_customer_page's shared customers and count. The owners are the
--   caller's visibility set, one row each, so the sums are the same.
-- * Whether the caller sees a whole unit tree, and who is seen outside it, read every member of the
--   tree by unit: 1,290 heap rows for that manager, twice in private.ageing_seen (private.seen_tree,
--   then the owners outside), once per unit below in private.receivables_unit_rollup. The unit index
--   of sales.employees now carries the id, so those reads are index-only, and each function reads the
--   members once (ageing_seen 1.75 -> 1.5 ms); the roll-up's check of the units below reads the tree's
--   unseen units once (usually none) instead of each unit's tree.
-- * The roll-up's people seen outside the caller's tree tested each of the 1,290 owners' unit against
--   every unit of the tree (2.4 ms); they are now those seen less the tree's members, as 0067 made
--   ageing_seen's. The roll-up: 5.5 -> 2.8 ms.
--
-- private.seen_tree is no longer called, and is dropped.
--
-- Same rows and figures (tests/test_receivables_views.py, with generic and custom plans).

set local role salesdesk_owner;

create index employees_unit_member_idx on sales.employees (unit_id, id);
drop index sales.employees_unit_idx;  -- (the new index serves every lookup by unit)

drop function private.seen_tree(int8multirange);

CREATE OR REPLACE FUNCTION private.ageing_seen(p_today date)
 RETURNS TABLE(contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    ranges int8multirange := case when not all_rows then private.visible_owner_ranges() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
    -- my unit's tree and its members, read once (index-only; private.seen_tree read them, then the
    -- owners outside the tree read them again)
    my_unit bigint := case when not all_rows then (select e.unit_id from sales.employees e
                                                   where e.id = private.current_employee_id()) end;
    members bigint[] := case when my_unit is not null then array(
                            select m.id from sales.employees m where m.unit_id = any (private.unit_subtree(my_unit))) end;
    -- the tree whose kept rows I read: my unit's, when I see every one of its members
    tree bigint := case when my_unit is not null
                             and not exists (select from unnest(members) m (id) where not m.id <@ ranges)
                        then my_unit end;
    -- the owners seen outside that tree, one by one: those I see less the tree's members
    others bigint[] := case when tree is null then owners
                            else array(select o from unnest(owners) o except select m from unnest(members) m) end;
    first_day date := date_trunc('month', p_today - 90)::date;  -- days one by one from here
    after_day date := (date_trunc('month', p_today) + interval '1 month')::date;  -- to here
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
    with c as (
        select r.contracts as n, r.receivable, r.planned_open from private.receivable_owners r where all_rows
        union all
        select r.contracts, r.receivable, r.planned_open from private.receivable_tree_owners r
        where r.unit_id = tree
        union all
        select r.contracts, r.receivable, r.planned_open from private.receivable_owners r
        where r.owner_id = any (others)
        union all
        select (r.receivable <> 0)::int, r.receivable, r.planned_open from private.receivable_contracts r
        where r.contract_id = any (shared) and (r.owner_id <@ ranges) is not true
    ), ages as (
        select d.unpaid, greatest(0, p_today - d.due_on) as days from private.receivable_company_days d
        where all_rows and d.due_on >= first_day and d.due_on < after_day
        union all
        -- the other months whole: every day of an earlier one 91+ days overdue, of a later one not due
        select m.unpaid, case when m.due_month < p_today then 91 else 0 end
        from private.receivable_company_months m
        where all_rows and (m.due_month < first_day or m.due_month >= after_day)
        union all
        select d.unpaid, greatest(0, p_today - d.due_on) from private.receivable_tree_days d
        where d.unit_id = tree and d.due_on >= first_day and d.due_on < after_day
        union all
        select m.unpaid, case when m.due_month < p_today then 91 else 0 end
        from private.receivable_tree_months m
        where m.unit_id = tree and (m.due_month < first_day or m.due_month >= after_day)
        union all
        -- the owners outside the tree (0056)
        select i.unpaid, i.days from private.receivable_ages(p_today, false, others, '{}') i
        where not all_rows
        union all
        -- the contracts reached only through shares and routes, one instalment at a time
        select r.unpaid, greatest(0, p_today - r.due_on) from private.receivable_instalments r
        where not all_rows and r.contract_id = any (shared) and (r.owner_id <@ ranges) is not true
    ), buckets as (
        select coalesce(sum(i.unpaid) filter (where i.days = 0), 0) as nd,
               coalesce(sum(i.unpaid) filter (where i.days between 1 and 30), 0) as b1,
               coalesce(sum(i.unpaid) filter (where i.days between 31 and 60), 0) as b2,
               coalesce(sum(i.unpaid) filter (where i.days between 61 and 90), 0) as b3,
               coalesce(sum(i.unpaid) filter (where i.days > 90), 0) as b4
        from ages i
    ), money as (
        select coalesce(sum(c.n), 0)::integer as n, coalesce(sum(c.receivable), 0) as receivable,
               coalesce(sum(c.planned_open), 0) as planned_open
        from c
    )
    select m.n, b.nd, b.b1, b.b2, b.b3, b.b4, b.b1 + b.b2 + b.b3 + b.b4, m.receivable - m.planned_open,
           m.receivable
    from money m, buckets b;
end
$function$;
alter function private.ageing_seen(p_today date) owner to salesdesk_owner;
grant execute on function private.ageing_seen(p_today date) to salesdesk_api;

CREATE OR REPLACE FUNCTION private.receivables_owner_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean)
 RETURNS TABLE(owner_id bigint, total_owners bigint, contracts bigint, receivable numeric, planned_open numeric, nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    ranges int8multirange := case when not all_rows then private.visible_owner_ranges() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
    after_key numeric := coalesce(-p_after_receivable, '-infinity');
    after_id bigint := case when p_after_receivable is null then -9223372036854775808 else p_after_id end;
    first_day date := date_trunc('month', p_today - 90)::date;  -- days one by one from here
    after_day date := (date_trunc('month', p_today) + interval '1 month')::date;  -- to here
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        with shared_sums as materialized (  -- owners not in scope: only their contracts shared with me
            select r.owner_id, count(*) filter (where r.receivable <> 0) as n, sum(r.receivable) as receivable,
                   sum(r.planned_open) as planned_open
            from private.receivable_contracts r
            where not all_rows and r.contract_id = any (shared) and (r.owner_id <@ ranges) is not true
            group by r.owner_id
            having sum(r.receivable) <> 0 or sum(r.planned_open) <> 0
        ), mine as materialized (  -- the open kept sums of the owners I see, read once for the page and the count
            select r.owner_id, r.contracts as n, r.receivable, r.planned_open
            from private.receivable_owners r
            where r.owner_id = any (owners) and (r.receivable <> 0 or r.planned_open <> 0)
        ), page as materialized (
            select u.* from (
                (select r.owner_id, r.contracts as n, r.receivable, r.planned_open, true as whole
                 from private.receivable_owners r
                 where all_rows and (r.receivable <> 0 or r.planned_open <> 0)
                   and (-r.receivable, r.owner_id) > (after_key, after_id)
                 order by -r.receivable, r.owner_id limit p_limit)
                union all
                (select m.owner_id, m.n, m.receivable, m.planned_open, true from mine m
                 where (-m.receivable, m.owner_id) > (after_key, after_id)
                 order by -m.receivable, m.owner_id limit p_limit)
                union all
                select s.owner_id, s.n, s.receivable, s.planned_open, false from shared_sums s
                where (-s.receivable, s.owner_id) > (after_key, after_id)
            ) u
            order by -u.receivable, u.owner_id
            limit p_limit
        ), aged as (  -- each page owner's days, an index range each (0056's edges, as receivable_ages)
            select p.owner_id, a.* from page p cross join lateral (
                select sum(x.unpaid) filter (where x.days = 0) as nd,
                       sum(x.unpaid) filter (where x.days between 1 and 30) as b1,
                       sum(x.unpaid) filter (where x.days between 31 and 60) as b2,
                       sum(x.unpaid) filter (where x.days between 61 and 90) as b3,
                       sum(x.unpaid) filter (where x.days > 90) as b4
                from (select r.unpaid, greatest(0, p_today - r.due_on) as days from private.receivable_days r
                      where p.whole and r.owner_id = p.owner_id and r.due_on >= first_day and r.due_on < after_day
                      union all
                      -- the other months whole: an earlier one 91+ days overdue, a later one not due
                      select m.unpaid, case when m.due_month < p_today then 91 else 0 end
                      from private.receivable_months m
                      where p.whole and m.owner_id = p.owner_id
                        and (m.due_month < first_day or m.due_month >= after_day)
                      union all
                      -- an owner I do not see: the instalments of their contracts shared with me
                      select r.unpaid, greatest(0, p_today - r.due_on) from private.receivable_instalments r
                      where not p.whole and r.owner_id = p.owner_id and r.contract_id = any (shared)) x) a
        ), counted as (  -- (one row, or none when not asked)
            select case when all_rows
                        then (select count(*) from private.receivable_owners r
                              where r.receivable <> 0 or r.planned_open <> 0)
                        else (select count(*) from mine) + (select count(*) from shared_sums) end::bigint as people
            where p_total
        )
        select p.owner_id, null::bigint, p.n, p.receivable, p.planned_open, coalesce(a.nd, 0), coalesce(a.b1, 0),
               coalesce(a.b2, 0), coalesce(a.b3, 0), coalesce(a.b4, 0)
        from page p left join aged a on a.owner_id = p.owner_id
        union all
        select null, t.people, g.contracts::bigint, g.receivable, g.receivable - g.unplanned,
               g.not_due, g.d1_30, g.d31_60, g.d61_90, g.d91_plus
        from counted t cross join private.ageing_seen(p_today) g;
end
$function$;
alter function private.receivables_owner_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean) owner to salesdesk_owner;
grant execute on function private.receivables_owner_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean) to salesdesk_api;

CREATE OR REPLACE FUNCTION private.receivables_customer_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean)
 RETURNS TABLE(customer_id bigint, customers bigint, contracts bigint, receivable numeric, planned_open numeric, nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    ranges int8multirange := case when not all_rows then private.visible_owner_ranges() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
    -- the cursor as a key of the indexes (the first page: before every key)
    after_key numeric := coalesce(-p_after_receivable, '-infinity');
    after_id bigint := case when p_after_receivable is null then -9223372036854775808 else p_after_id end;
    mixed bigint[];
    -- per owner in scope an index range, or one walk of every owner's customers: the cheaper
    -- (owners at most 64 or 1 % of the employees); `salesdesk.narrow_scope` = on/off picks one (the
    -- tests take both ways; the rows are the same)
    narrow boolean := case current_setting('salesdesk.narrow_scope', true)
        when 'on' then true when 'off' then false
        else cardinality(owners) <= 64 or cardinality(owners) * 100
             <= (select greatest(c.reltuples, 0) from pg_class c where c.oid = 'sales.employees'::regclass) end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    if not all_rows then
        -- the customers the caller sees only some rows of, or through another route (the alone
        -- rows of the owners in scope are none of these: a customer of a shared contract whose
        -- owner the caller does not see has that owner too)
        select coalesce(array_agg(distinct x.customer_id), '{}') into mixed from (
            select o.customer_id from private.receivable_customer_owners o
            where o.owner_id = any (owners) and not o.alone
            union all
            select r.customer_id from private.receivable_contracts r
            where r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true) x;
    end if;
    return query
        with mixed_sums as materialized (
            select r.customer_id, count(*) filter (where r.receivable <> 0) as n, sum(r.receivable) as receivable,
                   sum(r.planned_open) as planned_open
            from private.receivable_contracts r
            where r.customer_id = any (mixed) and (r.owner_id <@ ranges or r.contract_id = any (shared))
            group by r.customer_id
            having sum(r.receivable) <> 0 or sum(r.planned_open) <> 0
        ), page as materialized (
            select u.* from (
                (select c.customer_id, c.contracts as n, c.receivable, c.planned_open
                 from private.receivable_customers c
                 where all_rows and (-c.receivable, c.customer_id) > (after_key, after_id)
                   and (c.receivable <> 0 or c.planned_open <> 0)
                 order by -c.receivable, c.customer_id limit p_limit)
                union all
                -- a narrow scope: each owner's customers in order, an index range each
                select k.* from unnest(owners) w (id) cross join lateral (
                    select o.customer_id, o.contracts as n, o.receivable, o.planned_open
                    from private.receivable_customer_owners o
                    where o.alone and o.owner_id = w.id and (-o.receivable, o.customer_id) > (after_key, after_id)
                      and (o.receivable <> 0 or o.planned_open <> 0)
                    order by -o.receivable, o.customer_id limit p_limit) k
                where narrow
                union all
                -- a wide one: every owner's customers in order, those of owners in scope kept
                (select o.customer_id, o.contracts, o.receivable, o.planned_open
                 from private.receivable_customer_owners o
                 where not all_rows and not narrow and o.alone and o.owner_id <@ ranges
                   and (-o.receivable, o.customer_id) > (after_key, after_id)
                   and (o.receivable <> 0 or o.planned_open <> 0)
                 order by -o.receivable, o.customer_id limit p_limit)
                union all
                select s.customer_id, s.n, s.receivable, s.planned_open from mixed_sums s
                where (-s.receivable, s.customer_id) > (after_key, after_id)
            ) u
            order by -u.receivable, u.customer_id
            limit p_limit
        ), counted as (  -- (one row, or none when not asked)
            select case when all_rows
                        then (select coalesce(sum(k.customers), 0) from private.receivable_owner_customers k)
                             + (select count(*) from private.receivable_customers c
                                where c.owners > 1 and (c.receivable <> 0 or c.planned_open <> 0))
                        else (select coalesce(sum(k.customers), 0) from private.receivable_owner_customers k
                              where k.owner_id = any (owners))
                             + (select count(*) from mixed_sums) end::bigint as customers
            where p_total
        )
        -- each page customer's ageing, of the contracts the caller sees (by the customer's index:
        -- a join let the planner read every kept contract row for 200 customers)
        select p.customer_id, null::bigint, p.n, p.receivable, p.planned_open, a.nd, a.b1, a.b2, a.b3, a.b4
        from page p cross join lateral (
            select coalesce(sum(i.unpaid) filter (where i.due_on >= p_today), 0) as nd,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 1 and 30), 0) as b1,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 31 and 60), 0) as b2,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 61 and 90), 0) as b3,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on > 90), 0) as b4
            from private.receivable_contracts c
            join private.receivable_instalments i on i.contract_id = c.contract_id
            where c.customer_id = p.customer_id
              and (all_rows or c.owner_id <@ ranges or c.contract_id = any (shared))) a
        union all
        select null, t.customers, g.contracts::bigint, g.receivable, g.receivable - g.unplanned,
               g.not_due, g.d1_30, g.d31_60, g.d61_90, g.d91_plus
        from counted t cross join private.ageing_seen(p_today) g;
end
$function$;
alter function private.receivables_customer_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean) owner to salesdesk_owner;
grant execute on function private.receivables_customer_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean) to salesdesk_api;

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

reset role;
set local role salesdesk_api;

CREATE OR REPLACE FUNCTION api.receivables_by_owner(p_today date, p_after text DEFAULT NULL::text, p_limit integer DEFAULT 50)
 RETURNS TABLE(group_id bigint, group_name text, contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric, cursor text, owners integer)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET plan_cache_mode TO 'force_generic_plan'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    after record;
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) or p_limit is null or p_limit not between 1 and 1000 then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    after := private.money_cursor(p_after);
    return query
        select p.owner_id, (select e.name from sales.employees e where e.id = p.owner_id),
               p.contracts::integer, p.nd, p.b1, p.b2, p.b3, p.b4,
               p.b1 + p.b2 + p.b3 + p.b4, p.receivable - p.planned_open, p.receivable,
               case when p.total_owners is null then jsonb_build_array(p.receivable, p.owner_id)::text end,
               p.total_owners::integer
        from private.receivables_owner_page(p_today, after.receivable, after.id, p_limit, p_after is null) p
        order by p.total_owners is not null, p.receivable desc, p.owner_id;
end
$function$;
alter function api.receivables_by_owner(p_today date, p_after text, p_limit integer) owner to salesdesk_api;
grant execute on function api.receivables_by_owner(p_today date, p_after text, p_limit integer) to salesdesk_user;

reset role;
