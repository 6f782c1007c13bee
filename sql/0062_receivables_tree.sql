-- The receivables summed per unit and everything below it, so that a scope which is a whole subtree
-- reads its ageing and totals from one unit's rows (issue 13 §3 and §9, issue 14's dashboard).
--
-- Since 0056 a scope's ageing sums, per owner it sees, that owner's due days around the buckets'
-- edges and their other months (55-65 rows an owner), and its totals per owner: 4.2 ms for a
-- manager's 250 owners at a twentieth of the bench, about 1,250 owners and 25 ms at full size, paid
-- by the dashboard's receivables and by every first page of the receivables by customer (their
-- totals row). 0060 keeps the company's days for whoever sees everything; a manager or supervisor
-- sees a subtree of the organisation.
--
-- Kept here, per unit, for the owners whose unit is that unit or one below it ("the unit's tree"):
--  * private.receivable_tree_days / _months: the open instalments (0044's kept ones) summed per
--    due day and due month, as 0056 keeps them per owner;
--  * private.receivable_tree_owners: the kept contracts' count, receivable and planned-open sums, as
--    private.receivable_owners keeps them per owner.
-- Statement triggers on the kept instalments and contracts add each statement's rows, with their
-- owner's unit now, to that unit and every unit above it (private.receivable_tree_apply), after a
-- share lock on those owners' employee rows and on the units of the chain, so that a concurrent
-- move either has committed (and is read) or waits for this transaction. A statement trigger on
-- sales.employees moves a moved owner's days and sums from the old unit's chain to the new one; one
-- on sales.org_units moves a re-parented unit's tree from the old parent's chain to the new one.
--
-- private.seen_tree() names the caller's own unit when the caller sees every employee of its tree
-- (tested at read time on the employees themselves: whoever the tree holds now), and
-- private.ageing_seen reads that unit's rows for it; the owners they see outside it and the
-- contracts reached through shares are read as before. Rows and rights are unchanged.
--
-- What writers pay: each kept instalment or contract row now also updates one row per unit above
-- its owner (3-4 in a director → manager → supervisor tree), so two money writers of one team whose
-- instalments fall due on the same day wait for each other's commit, as two writers of one owner
-- did; and a moved unit or owner carries its rows over in the move's transaction.

set local role salesdesk_owner;

create table private.receivable_tree_days (
    unit_id     bigint not null,
    due_on      date not null,
    instalments bigint not null,
    unpaid      numeric not null,
    primary key (unit_id, due_on) include (unpaid)
);
create table private.receivable_tree_months (
    unit_id     bigint not null,
    due_month   date not null,
    instalments bigint not null,
    unpaid      numeric not null,
    primary key (unit_id, due_month) include (unpaid)
);
create table private.receivable_tree_owners (
    unit_id      bigint primary key,
    contracts    bigint not null,
    receivable   numeric not null,
    planned_open numeric not null
);
alter table private.receivable_tree_days owner to salesdesk_owner;
alter table private.receivable_tree_months owner to salesdesk_owner;
alter table private.receivable_tree_owners owner to salesdesk_owner;
alter table private.receivable_tree_days enable row level security;
alter table private.receivable_tree_days force row level security;
alter table private.receivable_tree_months enable row level security;
alter table private.receivable_tree_months force row level security;
alter table private.receivable_tree_owners enable row level security;
alter table private.receivable_tree_owners force row level security;
-- no policy and no grant: only the owner's functions read and write these rows

-- Add day rows (p_units[i], p_due[i]: p_n[i] instalments, p_unpaid[i]) to each unit and every unit
-- above it, days and months; a key left without instalments is deleted. The chain's units are
-- share-locked first (a re-parenting waits, or has committed and is read here).
create function private.receivable_tree_apply(p_units bigint[], p_due date[], p_n bigint[], p_unpaid numeric[])
    returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
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
$$;

-- The same for the contracts' sums (p_units[i]: p_n[i] contracts with a receivable, p_receivable[i],
-- p_open[i]); a unit left with nothing is deleted.
create function private.receivable_tree_owners_apply(p_units bigint[], p_n bigint[], p_receivable numeric[],
                                                     p_open numeric[])
    returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
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
$$;

-- Kept instalments inserted or deleted: their days, at their owner's unit now.
create function private.receivable_tree_instalments() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
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
$$;

-- Kept contracts inserted or deleted: their sums, at their owner's unit now.
create function private.receivable_tree_contracts() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
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
$$;

-- Owners moved to another unit: their days and sums leave the old unit's chain for the new one's.
create function private.receivable_tree_owners_moved() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    units bigint[];
    due date[];
    n bigint[];
    unpaid numeric[];
    receivable numeric[];
    open numeric[];
begin
    if not exists (select from new_rows w join old_rows o on o.id = w.id where w.unit_id <> o.unit_id) then
        return null;
    end if;
    with moved as (
        select w.id, o.unit_id as old_unit, w.unit_id as new_unit
        from new_rows w join old_rows o on o.id = w.id where w.unit_id <> o.unit_id
    ), d as (
        select m.old_unit as unit_id, r.due_on, -r.instalments as n, -r.unpaid as unpaid
        from moved m join private.receivable_days r on r.owner_id = m.id
        union all
        select m.new_unit, r.due_on, r.instalments, r.unpaid
        from moved m join private.receivable_days r on r.owner_id = m.id
    )
    select array_agg(d.unit_id), array_agg(d.due_on), array_agg(d.n), array_agg(d.unpaid)
    into units, due, n, unpaid from d;
    perform private.receivable_tree_apply(units, due, n, unpaid);
    with moved as (
        select w.id, o.unit_id as old_unit, w.unit_id as new_unit
        from new_rows w join old_rows o on o.id = w.id where w.unit_id <> o.unit_id
    ), s as (
        select m.old_unit as unit_id, -r.contracts as n, -r.receivable as receivable, -r.planned_open as open
        from moved m join private.receivable_owners r on r.owner_id = m.id
        union all
        select m.new_unit, r.contracts, r.receivable, r.planned_open
        from moved m join private.receivable_owners r on r.owner_id = m.id
    )
    select array_agg(s.unit_id), array_agg(s.n), array_agg(s.receivable), array_agg(s.open)
    into units, n, receivable, open from s;
    perform private.receivable_tree_owners_apply(units, n, receivable, open);
    return null;
end
$$;

-- Units moved under another parent: each one's tree leaves the old parent's chain for the new one's
-- (the moved unit's own rows stay: its tree is the same).
create function private.receivable_tree_units_moved() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    units bigint[];
    due date[];
    n bigint[];
    unpaid numeric[];
    receivable numeric[];
    open numeric[];
begin
    if not exists (select from new_rows w join old_rows o on o.id = w.id
                   where w.parent_id is distinct from o.parent_id) then
        return null;
    end if;
    with moved as (
        select w.id, o.parent_id as old_parent, w.parent_id as new_parent
        from new_rows w join old_rows o on o.id = w.id where w.parent_id is distinct from o.parent_id
    ), d as (
        select m.old_parent as unit_id, r.due_on, -r.instalments as n, -r.unpaid as unpaid
        from moved m join private.receivable_tree_days r on r.unit_id = m.id where m.old_parent is not null
        union all
        select m.new_parent, r.due_on, r.instalments, r.unpaid
        from moved m join private.receivable_tree_days r on r.unit_id = m.id where m.new_parent is not null
    )
    select array_agg(d.unit_id), array_agg(d.due_on), array_agg(d.n), array_agg(d.unpaid)
    into units, due, n, unpaid from d;
    perform private.receivable_tree_apply(units, due, n, unpaid);
    with moved as (
        select w.id, o.parent_id as old_parent, w.parent_id as new_parent
        from new_rows w join old_rows o on o.id = w.id where w.parent_id is distinct from o.parent_id
    ), s as (
        select m.old_parent as unit_id, -r.contracts as n, -r.receivable as receivable, -r.planned_open as open
        from moved m join private.receivable_tree_owners r on r.unit_id = m.id where m.old_parent is not null
        union all
        select m.new_parent, r.contracts, r.receivable, r.planned_open
        from moved m join private.receivable_tree_owners r on r.unit_id = m.id where m.new_parent is not null
    )
    select array_agg(s.unit_id), array_agg(s.n), array_agg(s.receivable), array_agg(s.open)
    into units, n, receivable, open from s;
    perform private.receivable_tree_owners_apply(units, n, receivable, open);
    return null;
end
$$;

-- Everything again from the owners' kept rows (0044, 0056), for loads that pause the triggers.
create function private.receivable_tree_rebuild() returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
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
$$;

alter function private.receivable_tree_apply(bigint[], date[], bigint[], numeric[]) owner to salesdesk_owner;
alter function private.receivable_tree_owners_apply(bigint[], bigint[], numeric[], numeric[]) owner to salesdesk_owner;
alter function private.receivable_tree_instalments() owner to salesdesk_owner;
alter function private.receivable_tree_contracts() owner to salesdesk_owner;
alter function private.receivable_tree_owners_moved() owner to salesdesk_owner;
alter function private.receivable_tree_units_moved() owner to salesdesk_owner;
alter function private.receivable_tree_rebuild() owner to salesdesk_owner;
revoke all on function private.receivable_tree_apply(bigint[], date[], bigint[], numeric[]),
    private.receivable_tree_owners_apply(bigint[], bigint[], numeric[], numeric[]),
    private.receivable_tree_instalments(), private.receivable_tree_contracts(),
    private.receivable_tree_owners_moved(), private.receivable_tree_units_moved(),
    private.receivable_tree_rebuild() from public;

create trigger tree_days_inserted after insert on private.receivable_instalments
    referencing new table as new_rows for each statement execute function private.receivable_tree_instalments();
create trigger tree_days_deleted after delete on private.receivable_instalments
    referencing old table as old_rows for each statement execute function private.receivable_tree_instalments();
create trigger tree_sums_inserted after insert on private.receivable_contracts
    referencing new table as new_rows for each statement execute function private.receivable_tree_contracts();
create trigger tree_sums_deleted after delete on private.receivable_contracts
    referencing old table as old_rows for each statement execute function private.receivable_tree_contracts();
create trigger receivable_tree_moved after update on sales.employees
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.receivable_tree_owners_moved();
create trigger receivable_tree_moved after update on sales.org_units
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.receivable_tree_units_moved();

select private.receivable_tree_rebuild();

-- The caller's own unit when they see every employee whose unit is in its tree (null otherwise).
create function private.seen_tree(p_ranges int8multirange) returns bigint
    language sql stable
as $$
    select u.unit_id
    from (select e.unit_id, private.unit_subtree(e.unit_id) as tree from sales.employees e
          where e.id = private.current_employee_id()) u
    where not exists (select from sales.employees m where m.unit_id = any (u.tree) and not m.id <@ p_ranges)
$$;
alter function private.seen_tree(int8multirange) owner to salesdesk_owner;
revoke all on function private.seen_tree(int8multirange) from public;

-- 0060's ageing of the caller's scope; a caller who sees their unit's whole tree reads its rows.
create or replace function private.ageing_seen(p_today date)
    returns table (contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric,
                   d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    ranges int8multirange := case when not all_rows then private.visible_owner_ranges() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
    tree bigint := case when not all_rows then private.seen_tree(ranges) end;
    tree_units bigint[] := case when tree is not null then private.unit_subtree(tree) end;
    -- the owners seen outside that tree, one by one
    others bigint[] := case when tree is null then owners
                            else array(select o from unnest(owners) o join sales.employees e on e.id = o
                                       where e.unit_id <> all (tree_units)) end;
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
        select r.contracts, r.receivable, r.planned_open from unnest(others) o(id)
            join private.receivable_owners r on r.owner_id = o.id
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
$$;
reset role;
