-- The receivables page's ageing read from the kept receivable rows (issue 13 §9, issue 14 §7).
--
-- api.receivables_ageing (0029) summed every counted contract in the caller's scope with its
-- payments and its payment plan on each call: half a second to a second for the director at 1 % of
-- the bench's size, and it grows with the scope. sql/0044 keeps, per contract, what is receivable
-- and what the plan holds open, and per unpaid instalment its unpaid part and due day; the
-- dashboard already reads them. The page now reads the same rows, grouped by owner, unit or
-- customer, so the two can no longer disagree.
--
-- private.receivables_seen() and private.receivable_instalments_seen() are the kept rows of the
-- contracts the caller sees: everything for whoever sees everything; else the rows of the owners
-- they see (by the owner index) and of the contracts they reach through shares and routes
-- (private.shared_record_ids), the same routes as the contracts' row policies and as
-- private.ageing_seen. Grouped by owner or unit the page reads private.receivables_owner_sums: the
-- per-owner sums 0046 keeps for the contracts, and the instalments bucketed per owner. A group's
-- "contracts" now counts its contracts with something receivable, as on the dashboard (a fully
-- paid contract no longer counts); every sum is unchanged (a fully paid contract added nothing). tests/test_dashboard.py and tests/test_payments.py
-- compare the figures with sums over the raw rows.

set local role salesdesk_owner;

create function private.receivables_seen()
returns table (contract_id bigint, owner_id bigint, receivable numeric, planned_open numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        select r.contract_id, r.owner_id, r.receivable, r.planned_open
        from private.receivable_contracts r where all_rows
        union all
        select r.contract_id, r.owner_id, r.receivable, r.planned_open
        from unnest(owners) o (id) join private.receivable_contracts r on r.owner_id = o.id
        union all
        select r.contract_id, r.owner_id, r.receivable, r.planned_open
        from private.receivable_contracts r
        where not all_rows and r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true;
end
$$;

create function private.receivable_instalments_seen()
returns table (contract_id bigint, owner_id bigint, due_on date, unpaid numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        select r.contract_id, r.owner_id, r.due_on, r.unpaid
        from private.receivable_instalments r where all_rows
        union all
        select r.contract_id, r.owner_id, r.due_on, r.unpaid
        from unnest(owners) o (id) join private.receivable_instalments r on r.owner_id = o.id
        union all
        select r.contract_id, r.owner_id, r.due_on, r.unpaid
        from private.receivable_instalments r
        where not all_rows and r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true;
end
$$;

-- Per owner, for the owner and unit groupings: the contracts from the per-owner sums 0046 keeps
-- (a director reads one row per owner, not a million), the instalments bucketed for the day asked.
create function private.receivables_owner_sums(p_today date)
returns table (owner_id bigint, contracts bigint, receivable numeric, planned_open numeric, nd numeric,
               b1 numeric, b2 numeric, b3 numeric, b4 numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        with c as (
            select r.owner_id, r.contracts, r.receivable, r.planned_open
            from private.receivable_owners r where all_rows
            union all
            select r.owner_id, r.contracts, r.receivable, r.planned_open
            from unnest(owners) o (id) join private.receivable_owners r on r.owner_id = o.id
            union all
            select r.owner_id, (r.receivable <> 0)::integer::bigint, r.receivable, r.planned_open
            from private.receivable_contracts r
            where not all_rows and r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true
        ), i as (
            select r.owner_id, r.unpaid, p_today - r.due_on as days
            from private.receivable_instalments r where all_rows
            union all
            select r.owner_id, r.unpaid, p_today - r.due_on
            from unnest(owners) o (id) join private.receivable_instalments r on r.owner_id = o.id
            union all
            select r.owner_id, r.unpaid, p_today - r.due_on
            from private.receivable_instalments r
            where not all_rows and r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true
        ), cs as (
            select c.owner_id, sum(c.contracts) as n, sum(c.receivable) as receivable,
                   sum(c.planned_open) as planned_open
            from c group by c.owner_id
        ), ib as (
            select i.owner_id, sum(i.unpaid) filter (where i.days <= 0) as nd,
                   sum(i.unpaid) filter (where i.days between 1 and 30) as b1,
                   sum(i.unpaid) filter (where i.days between 31 and 60) as b2,
                   sum(i.unpaid) filter (where i.days between 61 and 90) as b3,
                   sum(i.unpaid) filter (where i.days > 90) as b4
            from i group by i.owner_id
        )
        select cs.owner_id, cs.n::bigint, cs.receivable, cs.planned_open, coalesce(ib.nd, 0),
               coalesce(ib.b1, 0), coalesce(ib.b2, 0), coalesce(ib.b3, 0), coalesce(ib.b4, 0)
        from cs left join ib on ib.owner_id = cs.owner_id;  -- (kept contracts always have an owner: 0046)
end
$$;

revoke all on function private.receivables_seen(), private.receivable_instalments_seen(),
    private.receivables_owner_sums(date) from public;
grant execute on function private.receivables_seen(), private.receivable_instalments_seen(),
    private.receivables_owner_sums(date) to salesdesk_api;

reset role;
set local role salesdesk_api;

create or replace function api.receivables_ageing(p_group text, p_today date)
returns table (group_id bigint, group_name text, contracts integer, not_due numeric, d1_30 numeric,
               d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric,
               receivable numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if p_group is null or p_group not in ('customer', 'owner', 'unit') or not isfinite(p_today)
       or p_today is null then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query
        with c as materialized (  -- per contract only when grouped by customer
            select * from private.receivables_seen() where p_group = 'customer'
        ), aged as (
            select i.contract_id,
                   sum(i.unpaid) filter (where i.due_on >= p_today) as nd,
                   sum(i.unpaid) filter (where p_today - i.due_on between 1 and 30) as b1,
                   sum(i.unpaid) filter (where p_today - i.due_on between 31 and 60) as b2,
                   sum(i.unpaid) filter (where p_today - i.due_on between 61 and 90) as b3,
                   sum(i.unpaid) filter (where p_today - i.due_on > 90) as b4
            from private.receivable_instalments_seen() i
            where p_group = 'customer'
            group by i.contract_id
        ), by_customer as (
            select k.customer_id as gid, count(*) filter (where c.receivable <> 0) as n,
                   coalesce(sum(a.nd), 0) as nd, coalesce(sum(a.b1), 0) as b1, coalesce(sum(a.b2), 0) as b2,
                   coalesce(sum(a.b3), 0) as b3, coalesce(sum(a.b4), 0) as b4,
                   sum(c.receivable) as receivable, sum(c.planned_open) as planned_open
            from c join sales.contracts k on k.id = c.contract_id
                left join aged a on a.contract_id = c.contract_id
            group by k.customer_id
        ), by_owner as (
            select case p_group when 'owner' then o.owner_id else e.unit_id end as gid, sum(o.contracts) as n,
                   sum(o.nd) as nd, sum(o.b1) as b1, sum(o.b2) as b2, sum(o.b3) as b3, sum(o.b4) as b4,
                   sum(o.receivable) as receivable, sum(o.planned_open) as planned_open
            from private.receivables_owner_sums(p_today) o
                left join sales.employees e on p_group = 'unit' and e.id = o.owner_id
            where p_group <> 'customer'
            group by 1
        ), named as (
            select g.*, case p_group when 'owner' then (select e.name from sales.employees e where e.id = g.gid)
                                     when 'unit' then (select u.name from sales.org_units u where u.id = g.gid)
                                     else (select cu.name from sales.customers cu where cu.id = g.gid) end as gname
            from (select * from by_customer union all select * from by_owner) g
            where g.receivable <> 0 or g.nd + g.b1 + g.b2 + g.b3 + g.b4 <> 0
        )
        select n.gid, n.gname, n.n::integer, n.nd, n.b1, n.b2, n.b3, n.b4, n.b1 + n.b2 + n.b3 + n.b4,
               n.receivable - n.planned_open, n.receivable
        from named n
        order by n.receivable desc, n.gname, n.gid;
end
$$;

reset role;
