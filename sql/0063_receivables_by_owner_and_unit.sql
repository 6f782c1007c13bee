-- The receivables by person in pages, and by unit as a roll-up of a unit's tree (issue 13 §3, §9).
--
-- api.receivables_ageing (0029, 0050) answers 'owner' and 'unit' with every group at once: it ages
-- every owner the caller sees (55-65 kept rows an owner since 0056), 23 ms for the director at a
-- twentieth of the bench, about 20 times that at full size, and the 'unit' grouping sums each owner
-- into their own unit only, so a region's manager reads a flat list of teams.
--
-- * api.receivables_by_owner(today, after, limit): the people, the largest receivable first, a page
--   at a time with a cursor, the totals row of all on the first page (as api.receivables_by_customer,
--   0053): the page walks the kept sums per owner (an index on the open ones, largest first, for
--   whoever sees everything; the owners in scope by their key otherwise) and ages only the page's
--   owners; the totals are private.ageing_seen's (0060, 0062). An owner the caller does not see
--   but some of whose contracts are shared with them is a row of those contracts.
-- * api.receivables_by_unit(today, unit): the ageing of one unit's tree, a row per unit directly
--   below it (that unit's whole tree) and per person of the unit itself, then the totals row (the
--   sum of the rows). Without a unit: the caller's own unit (the company's top unit for whoever
--   sees everything), and the people the caller sees outside it. A contract shared with the caller
--   whose owner they do not see counts in the row its owner would be in. A unit below
--   is read from its kept tree rows (0062) only when the caller sees every employee of that tree
--   now; otherwise it sums, owner by owner, the owners of the tree the caller sees. A unit the caller
--   sees nothing of has no row, so drilling into another region shows nothing.
--
-- Rows and rights are unchanged: both read only what private.receivables_owner_sums (0050) reads.
--
-- The three pages (by customer too) run their statements, and those of the functions they call,
-- with generic plans from the first call: a custom plan of these statements costs about 4 ms to
-- make, and PL/pgSQL makes one for each of a session's first five calls before it settles on the
-- generic plan anyway (the biggest manager's page by person: 9.7 ms a call with custom plans, 5.9
-- with the generic one). The tests run every page with either kind of plan forced (0061's trap was a
-- generic plan's); a session's own plan_cache_mode is restored on return.

set local role salesdesk_owner;

-- the open owners, largest receivable first (the page of whoever sees everything walks it)
create index receivable_owners_open_idx on private.receivable_owners ((-receivable), owner_id)
    include (contracts, planned_open) where receivable <> 0 or planned_open <> 0;

-- A receivables cursor ('[receivable, id]', the last row read) as its two keys; SD005 when it is not one.
create function private.money_cursor(p_after text, out receivable numeric, out id bigint)
    language plpgsql immutable
    set search_path = pg_catalog, pg_temp
as $$
declare
    after jsonb;
begin
    if p_after is null then
        return;
    end if;
    begin
        after := p_after::jsonb;
        if jsonb_typeof(after) <> 'array' or jsonb_array_length(after) <> 2
           or jsonb_typeof(after -> 0) <> 'number' or jsonb_typeof(after -> 1) <> 'number' then
            raise exception 'not a cursor';
        end if;
        receivable := (after ->> 0)::numeric;
        id := (after ->> 1)::bigint;
    exception when others then
        raise exception 'not a valid query' using errcode = 'SD005';
    end;
end
$$;
revoke all on function private.money_cursor(text) from public;
grant execute on function private.money_cursor(text) to salesdesk_api;

-- The open instalments of units' trees as (unit, unpaid, days overdue on p_today): the due days
-- around the buckets' edges one by one, the other months whole (as private.ageing_seen reads them).
create function private.tree_ages(p_today date, p_units bigint[])
    returns table (unit_id bigint, unpaid numeric, days integer)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select d.unit_id, d.unpaid, greatest(0, p_today - d.due_on)
    from unnest(p_units) u (id) join private.receivable_tree_days d
        on (d.unit_id, d.due_on) >= (u.id, (select date_trunc('month', p_today - 90)::date))
       and (d.unit_id, d.due_on) < (u.id, (select (date_trunc('month', p_today) + interval '1 month')::date))
    union all
    select m.unit_id, m.unpaid, case when m.due_month < p_today then 91 else 0 end
    from unnest(p_units) u (id) join private.receivable_tree_months m on m.unit_id = u.id
    where m.due_month < (select date_trunc('month', p_today - 90)::date)
       or m.due_month >= (select (date_trunc('month', p_today) + interval '1 month')::date)
$$;
revoke all on function private.tree_ages(date, bigint[]) from public;

-- One page of the people the caller sees with money open, largest receivable first, after the
-- cursor's keys; with p_total a last row (owner null) of the totals and the number of people.
create function private.receivables_owner_page(p_today date, p_after_receivable numeric, p_after_id bigint,
                                               p_limit integer, p_total boolean)
    returns table (owner_id bigint, total_owners bigint, contracts bigint, receivable numeric, planned_open numeric,
                   nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
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
        ), page as materialized (
            select u.* from (
                (select r.owner_id, r.contracts as n, r.receivable, r.planned_open, true as whole
                 from private.receivable_owners r
                 where all_rows and (r.receivable <> 0 or r.planned_open <> 0)
                   and (-r.receivable, r.owner_id) > (after_key, after_id)
                 order by -r.receivable, r.owner_id limit p_limit)
                union all
                (select r.owner_id, r.contracts, r.receivable, r.planned_open, true
                 from unnest(owners) w (id) join private.receivable_owners r on r.owner_id = w.id
                 where (r.receivable <> 0 or r.planned_open <> 0)
                   and (-r.receivable, r.owner_id) > (after_key, after_id)
                 order by -r.receivable, r.owner_id limit p_limit)
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
                        else (select count(*) from unnest(owners) w (id)
                              join private.receivable_owners r on r.owner_id = w.id
                              where r.receivable <> 0 or r.planned_open <> 0)
                             + (select count(*) from shared_sums) end::bigint as people
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
$$;
revoke all on function private.receivables_owner_page(date, numeric, bigint, integer, boolean) from public;
grant execute on function private.receivables_owner_page(date, numeric, bigint, integer, boolean) to salesdesk_api;

-- The ageing of p_unit's tree (null: the caller's own unit, or the company's top units), a row per
-- unit below it and per person of it, as (kind 'unit' | 'owner', id, sums); see the head of the file.
create function private.receivables_unit_rollup(p_today date, p_unit bigint)
    returns table (kind text, group_id bigint, contracts bigint, receivable numeric, planned_open numeric,
                   nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
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
    whole := case when all_rows then below
                  else array(select b from unnest(below) b
                             where not exists (select from sales.employees m
                                               where m.unit_id = any (private.unit_subtree(b))
                                                 and not m.id <@ ranges)) end;
    people := array(select e.id from sales.employees e where e.unit_id = node and (all_rows or e.id <@ ranges)
                    union
                    select e.id from unnest(case when top and not all_rows then private.visible_owner_ids() end) o (id)
                        join sales.employees e on e.id = o.id
                    where node is not null and e.unit_id <> all (node_tree));
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
$$;
revoke all on function private.receivables_unit_rollup(date, bigint) from public;
grant execute on function private.receivables_unit_rollup(date, bigint) to salesdesk_api;

reset role;
set local role salesdesk_api;

-- The ageing by person, a page at a time: p_after is the cursor of the last row read (null: the first
-- page, which ends with the totals row). Columns as api.receivables_by_customer's, the number of
-- people on the totals row.
create function api.receivables_by_owner(p_today date, p_after text default null, p_limit integer default 50)
returns table (group_id bigint, group_name text, contracts integer, not_due numeric, d1_30 numeric,
               d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric,
               receivable numeric, cursor text, owners integer)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
set plan_cache_mode = force_generic_plan  -- (see the head of the file)
as $$
declare
    after record;
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) or p_limit is null or p_limit not between 1 and 1000 then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    after := private.money_cursor(p_after);
    return query
        select p.owner_id, e.name,
               p.contracts::integer, p.nd, p.b1, p.b2, p.b3, p.b4,
               p.b1 + p.b2 + p.b3 + p.b4, p.receivable - p.planned_open, p.receivable,
               case when p.total_owners is null then jsonb_build_array(p.receivable, p.owner_id)::text end,
               p.total_owners::integer
        from private.receivables_owner_page(p_today, after.receivable, after.id, p_limit, p_after is null) p
            left join sales.employees e on e.id = p.owner_id
        order by p.total_owners is not null, p.receivable desc, p.owner_id;
end
$$;
revoke all on function api.receivables_by_owner(date, text, integer) from public;
grant execute on function api.receivables_by_owner(date, text, integer) to salesdesk_user;

-- The ageing by customer (0053) reads its cursor as the ageing by person does: one parser.
create or replace function api.receivables_by_customer(p_today date, p_after text default null,
                                                       p_limit integer default 50)
returns table (group_id bigint, group_name text, contracts integer, not_due numeric, d1_30 numeric,
               d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric,
               receivable numeric, cursor text, customers integer)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
set plan_cache_mode = force_generic_plan  -- (see the head of the file)
as $$
declare
    after record;
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) or p_limit is null or p_limit not between 1 and 1000 then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    after := private.money_cursor(p_after);
    return query
        select p.customer_id, (select cu.name from sales.customers cu where cu.id = p.customer_id),
               p.contracts::integer, p.nd, p.b1, p.b2, p.b3, p.b4,
               p.b1 + p.b2 + p.b3 + p.b4, p.receivable - p.planned_open, p.receivable,
               case when p.customer_id is not null then jsonb_build_array(p.receivable, p.customer_id)::text end,
               p.customers::integer
        from private.receivables_customer_page(p_today, after.receivable, after.id, p_limit, p_after is null) p
        order by p.customer_id is null, p.receivable desc, p.customer_id;
end
$$;

-- The ageing of a unit's tree (see the head of the file): kind 'unit' (a unit below, its whole tree:
-- open it to read on), 'owner' (a person), then one 'total' row. p_unit_id null: where the caller stands.
create function api.receivables_by_unit(p_today date, p_unit_id bigint default null)
returns table (kind text, group_id bigint, group_name text, contracts integer, not_due numeric, d1_30 numeric,
               d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric,
               receivable numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
set plan_cache_mode = force_generic_plan  -- (see the head of the file)
as $$
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query
        with r as materialized (select * from private.receivables_unit_rollup(p_today, p_unit_id))
        select * from (
            select r.kind, r.group_id,
                   case r.kind when 'unit' then (select u.name from sales.org_units u where u.id = r.group_id)
                               else (select e.name from sales.employees e where e.id = r.group_id) end,
                   r.contracts::integer, r.nd, r.b1, r.b2, r.b3, r.b4, r.b1 + r.b2 + r.b3 + r.b4,
                   r.receivable - r.planned_open, r.receivable
            from r
            union all
            select 'total', null, null, coalesce(sum(r.contracts), 0)::integer, coalesce(sum(r.nd), 0),
                   coalesce(sum(r.b1), 0), coalesce(sum(r.b2), 0), coalesce(sum(r.b3), 0), coalesce(sum(r.b4), 0),
                   coalesce(sum(r.b1 + r.b2 + r.b3 + r.b4), 0), coalesce(sum(r.receivable - r.planned_open), 0),
                   coalesce(sum(r.receivable), 0)
            from r) x
        order by x.kind = 'total', x.receivable desc, x.kind, x.group_id;
end
$$;
revoke all on function api.receivables_by_unit(date, bigint) from public;
grant execute on function api.receivables_by_unit(date, bigint) to salesdesk_user;

reset role;
