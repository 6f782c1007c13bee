-- The forecast read per unit where the caller counts a whole unit (issue 14 §7, the dashboard's
-- targets at full size).
--
-- Since 0052 the forecast sums kept groups per (owner, stage, month, category): a director's
-- quarter reads one row per group of every owner (6,414 at a twentieth of the bench, about 125,000
-- at full size), each joined to its owner's team and rate and rounded. At a twentieth that is 12 ms
-- of the director's 32 ms page, and it grows with the owners: at full size it alone would take
-- most of the director's 300 ms.
--
-- The rule changes (a product decision, replacing 0052's): **the calibrated forecast of any figure
-- is the sum of rate × amount over its deals, exact, rounded once to the fen where the figure is
-- shown** (numeric, half away from zero), the rate being the stage's and the owner's team's. A
-- figure no longer depends on how its deals are grouped, so a unit's deals can be summed once per
-- unit. A breakdown's children are each rounded, so they add up to their parent within half a fen
-- per child (0052's rule made them add up exactly, at the price of a parent that depended on the
-- grouping and a sum that could only be kept per owner). The weighted figure keeps its rule (each
-- deal's round(amount × probability / 100, 2), summed), and the deals list still shows each deal's
-- own rounded calibrated amount.
--
-- private.forecast_unit_totals keeps the owners' groups summed per (unit, stage, month, category),
-- the unit being the owner's current unit (sales.employees.unit_id, as the forecast's rate and
-- breakdown already used):
--  * a statement trigger on private.forecast_totals applies each statement's difference to its
--    owners' units, in key order (insert … on conflict, as 0052), after a share lock on those
--    owners' employee rows, so that a concurrent move of one of them either has committed (and the
--    difference goes to the new unit) or waits for this transaction (and moves what it wrote);
--  * a statement trigger on sales.employees moves an owner's groups from the old unit to the new
--    one when the unit changes (the updated row is locked by the update itself);
--  * private.forecast_totals_rebuild() recomputes them at its end too, for loads that pause the
--    triggers or write in replica mode.
--
-- The forecast reads, for each unit all of whose members the caller counts in the node (every unit
-- for whoever sees everything), the unit's rows; for every other owner they count, the owner's
-- rows; and the deals reached only through shares and routes, summed directly (as 0052). A
-- breakdown itemises the members of the node's own unit (its "person" children). Signatures of the
-- api functions, their errors and rights are unchanged.

set local role salesdesk_owner;

create table private.forecast_unit_totals (
    unit_id  bigint not null,
    month    date not null,
    category text not null,
    stage_id bigint not null,
    deals    bigint not null,
    amount   numeric not null,
    weighted numeric not null,
    primary key (unit_id, month, category, stage_id)
);
create index forecast_unit_totals_month_idx on private.forecast_unit_totals (month);
alter table private.forecast_unit_totals owner to salesdesk_owner;
alter table private.forecast_unit_totals enable row level security;
alter table private.forecast_unit_totals force row level security;
-- no policy and no grant: only the owner's functions read and write these rows

-- A statement's changes to the owners' groups, applied to their units.
create function private.forecast_unit_totals_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    if tg_op = 'INSERT' then
        perform from sales.employees e where e.id in (select n.owner_id from new_rows n) order by e.id for share;
        insert into private.forecast_unit_totals as t (unit_id, month, category, stage_id, deals, amount, weighted)
        select e.unit_id, n.month, n.category, n.stage_id, sum(n.deals), sum(n.amount), sum(n.weighted)
        from new_rows n join sales.employees e on e.id = n.owner_id
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (unit_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
        return null;
    elsif tg_op = 'DELETE' then
        perform from sales.employees e where e.id in (select o.owner_id from old_rows o) order by e.id for share;
        insert into private.forecast_unit_totals as t (unit_id, month, category, stage_id, deals, amount, weighted)
        select e.unit_id, o.month, o.category, o.stage_id, -sum(o.deals), -sum(o.amount), -sum(o.weighted)
        from old_rows o join sales.employees e on e.id = o.owner_id
        group by 1, 2, 3, 4
        having sum(o.deals) <> 0 or sum(o.amount) <> 0 or sum(o.weighted) <> 0
        order by 1, 2, 3, 4
        on conflict (unit_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
    else
        perform from sales.employees e where e.id in (select n.owner_id from new_rows n) order by e.id for share;
        insert into private.forecast_unit_totals as t (unit_id, month, category, stage_id, deals, amount, weighted)
        select e.unit_id, d.month, d.category, d.stage_id, sum(d.deals), sum(d.amount), sum(d.weighted)
        from (select n.owner_id, n.month, n.category, n.stage_id, n.deals, n.amount, n.weighted from new_rows n
              union all
              select o.owner_id, o.month, o.category, o.stage_id, -o.deals, -o.amount, -o.weighted
              from old_rows o) d
        join sales.employees e on e.id = d.owner_id
        group by 1, 2, 3, 4
        having sum(d.deals) <> 0 or sum(d.amount) <> 0 or sum(d.weighted) <> 0
        order by 1, 2, 3, 4
        on conflict (unit_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
    end if;
    delete from private.forecast_unit_totals t
    where t.deals = 0
      and t.unit_id in (select e.unit_id from old_rows o join sales.employees e on e.id = o.owner_id);
    return null;
end
$$;

-- Owners whose unit changed: their groups move from the old unit to the new one.
create function private.forecast_units_moved() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    if not exists (select from new_rows n join old_rows o on o.id = n.id where n.unit_id <> o.unit_id) then
        return null;
    end if;
    insert into private.forecast_unit_totals as t (unit_id, month, category, stage_id, deals, amount, weighted)
    select d.unit_id, f.month, f.category, f.stage_id, sum(d.sign * f.deals), sum(d.sign * f.amount),
           sum(d.sign * f.weighted)
    from (select n.id, n.unit_id, 1 as sign from new_rows n join old_rows o on o.id = n.id
          where n.unit_id <> o.unit_id
          union all
          select o.id, o.unit_id, -1 from new_rows n join old_rows o on o.id = n.id
          where n.unit_id <> o.unit_id) d
    join private.forecast_totals f on f.owner_id = d.id
    group by 1, 2, 3, 4
    having sum(d.sign * f.deals) <> 0 or sum(d.sign * f.amount) <> 0 or sum(d.sign * f.weighted) <> 0
    order by 1, 2, 3, 4
    on conflict (unit_id, month, category, stage_id) do update
        set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
            weighted = t.weighted + excluded.weighted;
    delete from private.forecast_unit_totals t
    where t.deals = 0
      and t.unit_id in (select o.unit_id from new_rows n join old_rows o on o.id = n.id
                        where n.unit_id <> o.unit_id);
    return null;
end
$$;

-- 0052's rebuild, then the units' rows recomputed from the owners' (the triggers above may not have
-- run: replica mode, paused triggers).
create or replace function private.forecast_totals_rebuild(p_stage_ids bigint[] default null) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    lock table sales.opportunities in share mode;
    delete from private.forecast_totals t where p_stage_ids is null or t.stage_id = any (p_stage_ids);
    insert into private.forecast_totals (owner_id, month, category, stage_id, deals, amount, weighted)
    select o.owner_id, k.month, k.category, o.stage_id, count(*), sum(o.amount),
           sum(round(o.amount * o.probability / 100, 2))
    from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id
    cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                            o.forecast_category) k
    where k.month is not null and (p_stage_ids is null or o.stage_id = any (p_stage_ids))
    group by 1, 2, 3, 4;
    lock table sales.employees in share mode;
    delete from private.forecast_unit_totals t where p_stage_ids is null or t.stage_id = any (p_stage_ids);
    insert into private.forecast_unit_totals (unit_id, month, category, stage_id, deals, amount, weighted)
    select e.unit_id, f.month, f.category, f.stage_id, sum(f.deals), sum(f.amount), sum(f.weighted)
    from private.forecast_totals f join sales.employees e on e.id = f.owner_id
    where p_stage_ids is null or f.stage_id = any (p_stage_ids)
    group by 1, 2, 3, 4;
end
$$;

alter function private.forecast_unit_totals_changed() owner to salesdesk_owner;
alter function private.forecast_units_moved() owner to salesdesk_owner;
revoke all on function private.forecast_unit_totals_changed(), private.forecast_units_moved() from public;

create trigger unit_totals_inserted after insert on private.forecast_totals referencing new table as new_rows
    for each statement execute function private.forecast_unit_totals_changed();
create trigger unit_totals_updated after update on private.forecast_totals
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.forecast_unit_totals_changed();
create trigger unit_totals_deleted after delete on private.forecast_totals referencing old table as old_rows
    for each statement execute function private.forecast_unit_totals_changed();
create trigger forecast_units_moved after update on sales.employees
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.forecast_units_moved();

insert into private.forecast_unit_totals (unit_id, month, category, stage_id, deals, amount, weighted)
select e.unit_id, f.month, f.category, f.stage_id, sum(f.deals), sum(f.amount), sum(f.weighted)
from private.forecast_totals f join sales.employees e on e.id = f.owner_id
group by 1, 2, 3, 4;

-- The forecast's groups of a node's owners (null: every owner) in [p_first, p_after) that a caller
-- sees, each with its exact calibrated figure (rate × amount, not rounded; see the header): the
-- kept rows of each unit all of whose members are counted and which is not in p_itemise (owner_id
-- null), the kept rows of every other owner counted (everyone when p_all, else those in p_seen),
-- and the deals reached through shares and routes (p_shared) whose owner is not in p_seen, summed
-- here. Those are the rows the deals' read policy gives the caller, as 0052 read them. Plain SQL,
-- inlined into the definer functions below, which compute the caller's sets.
drop function private.forecast_month_sums(bigint[], date, date, date);
drop function private.forecast_owner_sums(bigint[], date, date, date);
drop function private.forecast_groups(bigint[], date, date, date, boolean, bigint[], bigint[]);
create function private.forecast_groups(p_owners bigint[], p_first date, p_after date, p_as_of date,
                                        p_all boolean, p_seen bigint[], p_shared bigint[],
                                        p_itemise bigint[])
    returns table (owner_id bigint, unit_id bigint, stage_id bigint, month date, category text,
                   deals bigint, amount numeric, weighted numeric, calibrated numeric)
    language sql stable
as $$
    with counted as materialized (  -- the owners counted one by one or by unit; none listed when all are
        select e.id, e.unit_id
        from (select distinct x from unnest(case when p_all then p_owners else p_seen end) x) s (id)
        join sales.employees e on e.id = s.id
        where p_all or p_owners is null or s.id in (select unnest(p_owners))
    ), whole as materialized (  -- the units read as one: every member counted, not itemised
        select u.id from sales.org_units u
        where p_all and p_owners is null and u.id <> all (p_itemise)
        union all
        select c.unit_id from counted c
        where c.unit_id <> all (p_itemise)
        group by c.unit_id
        having count(*) = (select count(*) from sales.employees m where m.unit_id = c.unit_id)
    ), g as (
        select null::bigint as owner_id, t.unit_id, t.stage_id, t.month, t.category, t.deals, t.amount,
               t.weighted
        from whole w
        join private.forecast_unit_totals t on t.unit_id = w.id and t.month >= p_first and t.month < p_after
        union all
        select t.owner_id, e.unit_id, t.stage_id, t.month, t.category, t.deals, t.amount, t.weighted
        from sales.employees e
        join private.forecast_totals t on t.owner_id = e.id and t.month >= p_first and t.month < p_after
        where p_all and p_owners is null and e.unit_id = any (p_itemise)
        union all
        select t.owner_id, c.unit_id, t.stage_id, t.month, t.category, t.deals, t.amount, t.weighted
        from counted c
        join private.forecast_totals t on t.owner_id = c.id and t.month >= p_first and t.month < p_after
        where c.unit_id not in (select w.id from whole w)
        union all
        select o.owner_id, e.unit_id, o.stage_id, k.month, k.category, count(*), sum(o.amount),
               sum(round(o.amount * o.probability / 100, 2))
        from sales.opportunities o
        join sales.opportunity_stages s on s.id = o.stage_id
        join sales.employees e on e.id = o.owner_id
        cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                                o.forecast_category) k
        where not p_all and o.id = any (p_shared) and (o.owner_id = any (p_seen)) is not true
          and (p_owners is null or o.owner_id = any (p_owners))
          and (s.outcome = 'won' and o.closed_at >= p_first and o.closed_at < p_after
               or s.outcome is null and o.expected_close_date >= p_first and o.expected_close_date < p_after)
        group by 1, 2, 3, 4, 5
    ), rates as materialized (
        select * from private.stage_win_rates(p_as_of)
    ), rate as (  -- per open stage and team (the teams read here): once, not per group
        select s.id as stage_id, u.id as unit_id, c.rate
        from sales.opportunity_stages s cross join sales.org_units u
        left join rates t on t.stage_id = s.id and t.unit_id = u.id
        left join rates w on w.stage_id = s.id and w.unit_id is null
        cross join lateral private.calibrated_rate(t.closed, t.won, w.closed, w.won, s.probability) c
        where s.outcome is null and u.id in (select g.unit_id from g)
    )
    select g.owner_id, g.unit_id, g.stage_id, g.month, g.category, g.deals, g.amount, g.weighted,
           case when g.category = 'closed' then g.amount  -- won: 100 %
                else g.amount * r.rate * 0.01 end     -- exact: a product never rounds
    from g
    left join rate r on r.stage_id = g.stage_id and r.unit_id = g.unit_id
$$;
revoke all on function private.forecast_groups(bigint[], date, date, date, boolean, bigint[], bigint[], bigint[])
    from public;

-- A node's forecast per month and category, for the caller (api.forecast): the calibrated figure
-- rounded once here.
create function private.forecast_month_sums(p_owners bigint[], p_first date, p_after date, p_as_of date)
    returns table (month date, category text, deals bigint, amount numeric, weighted numeric, calibrated numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    seen bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('opportunity') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        select g.month, g.category, sum(g.deals)::bigint, sum(g.amount), sum(g.weighted),
               round(sum(g.calibrated), 2)
        from private.forecast_groups(p_owners, p_first, p_after, p_as_of, all_rows, seen, shared, '{}') g
        group by g.month, g.category;
end
$$;

-- A node's forecast per owner of the units in p_itemise and per unit otherwise (owner_id null;
-- the unit now), the calibrated figure exact, for the caller (api.forecast_breakdown rounds it).
create function private.forecast_owner_sums(p_owners bigint[], p_first date, p_after date, p_as_of date,
                                            p_itemise bigint[])
    returns table (owner_id bigint, unit_id bigint, deals bigint, commit numeric, best_case numeric,
                   pipeline numeric, closed numeric, weighted numeric, calibrated numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    seen bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('opportunity') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        select g.owner_id, g.unit_id, sum(g.deals)::bigint,
               coalesce(sum(g.amount) filter (where g.category = 'commit'), 0),
               coalesce(sum(g.amount) filter (where g.category = 'best_case'), 0),
               coalesce(sum(g.amount) filter (where g.category = 'pipeline'), 0),
               coalesce(sum(g.amount) filter (where g.category = 'closed'), 0),
               sum(g.weighted), sum(g.calibrated)
        from private.forecast_groups(p_owners, p_first, p_after, p_as_of, all_rows, seen, shared,
                                     coalesce(p_itemise, '{}')) g
        group by g.owner_id, g.unit_id;
end
$$;
revoke all on function private.forecast_month_sums(bigint[], date, date, date),
    private.forecast_owner_sums(bigint[], date, date, date, bigint[]) from public;
grant execute on function private.forecast_month_sums(bigint[], date, date, date),
    private.forecast_owner_sums(bigint[], date, date, date, bigint[]) to salesdesk_api;
reset role;

set local role salesdesk_api;
-- 0052's breakdown: the node's own unit itemised (its members are the "person" children), every
-- child's calibrated figure rounded once.
create or replace function api.forecast_breakdown(p_node_kind text, p_node_id bigint, p_period text,
                                                  p_as_of date default null)
returns table (node_kind text, node_id bigint, name text, deals bigint, commit numeric, best_case numeric,
               pipeline numeric, closed numeric, weighted numeric, calibrated numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    units bigint[] := private.forecast_units();
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);  -- P0002 / SD005 first
    as_of date := coalesce(p_as_of, current_date);
    first_day date;
    after_day date;
begin
    if p_node_kind = 'person' then
        return;  -- a person has no children
    end if;
    if p_period is null or not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        with f as materialized (
            select * from private.forecast_owner_sums(owners, first_day, after_day, as_of,
                                                      case when p_node_kind = 'unit' then array[p_node_id]
                                                           else '{}' end)
        ), kids as (
            select 'unit' as kind, u.id, u.name, private.unit_subtree(u.id) as under, 1 as o
            from sales.org_units u
            where u.id = any (units)
              and (p_node_kind = 'company' and (u.parent_id is null or u.parent_id <> all (units))
                   or p_node_kind = 'unit' and u.parent_id = p_node_id)
            union all
            select 'person', e.id, e.name, null, 2 from sales.employees e
            where p_node_kind = 'unit' and e.unit_id = p_node_id
              and exists (select from f where f.owner_id = e.id)
        )
        select k.kind, k.id, k.name, coalesce(sum(f.deals), 0)::bigint,
               coalesce(sum(f.commit), 0), coalesce(sum(f.best_case), 0), coalesce(sum(f.pipeline), 0),
               coalesce(sum(f.closed), 0), coalesce(sum(f.weighted), 0), round(coalesce(sum(f.calibrated), 0), 2)
        from kids k
        left join f on case when k.kind = 'unit' then f.unit_id = any (k.under) else f.owner_id = k.id end
        group by k.kind, k.id, k.name, k.o
        order by k.o, k.name, k.id;
end
$$;
reset role;
