-- The receivables by customer from kept per-customer sums, so that a page does not grow with the
-- scope (issue 13 §9: pages p95 ≤ 10 ms).
--
-- Measured at 5 % of the bench (sql/0053's helper): a manager's first page 30 ms, the director's
-- 36 ms. private.receivables_customer_page (0053) grouped every kept contract row the caller sees
-- by customer and sorted the groups to return 200 of them; a deep page did the same again.
--
-- Kept now, from the kept contract rows (0044) by statement triggers, as 0046 keeps them per owner:
-- * private.receivable_customers: per customer, its kept rows, those with something receivable, the
--   receivable, what the plan holds open, and how many owners the rows have; read in receivable
--   order by whoever sees every contract.
-- * private.receivable_customer_owners: the same per customer and owner, and whether that owner is
--   the customer's only one (`alone`). A customer whose rows one owner holds is, for everyone who
--   sees that owner, exactly that row: a caller's page walks, per owner in scope, that owner's
--   customers in receivable order (an index range each, stopped at the page's size) and merges them.
-- * The other customers the caller sees some of — rows of several owners, or a contract reached
--   through a share or route whose owner the caller does not see — are summed from their contract
--   rows, those the caller sees only, as before. They are the exception: a customer whose
--   contracts passed between people, or a share.
-- The totals row: the number of customers counted the same way (an index-only count of the alone
-- rows in scope plus the exceptions) and the sums and buckets of private.ageing_seen (0044, 0046),
-- which sums the same rows the dashboard does.
--
-- The writers: each statement's changes are summed per customer and applied in customer order with
-- insert … on conflict (the row lock orders every writer of one customer), then per customer and
-- owner; then, in a statement of its own (so it reads what a writer before us committed), each
-- changed customer's owners are counted and `alone` set. A customer or pair left with no rows is
-- deleted.
--
-- The cursor is unchanged: (receivable, id), the largest receivable first, ties by id; it is
-- compared as the row (-receivable, id), the key of the new indexes, so a deep page starts where
-- the cursor points instead of walking the pages before it.

set local role salesdesk_owner;

create table private.receivable_customers (
    customer_id  bigint primary key,
    rows         bigint not null,     -- kept contract rows (0044)
    contracts    bigint not null,     -- of them with something receivable (as the ageing counts)
    receivable   numeric not null,
    planned_open numeric not null,
    owners       integer not null default 0
);
create index receivable_customers_order_idx on private.receivable_customers ((-receivable), customer_id)
    include (receivable, contracts, planned_open);
create index receivable_customers_shared_idx on private.receivable_customers (customer_id) where owners > 1;
alter table private.receivable_customers owner to salesdesk_owner;
alter table private.receivable_customers enable row level security;
alter table private.receivable_customers force row level security;

create table private.receivable_customer_owners (
    customer_id  bigint not null,
    owner_id     bigint not null,
    rows         bigint not null,
    contracts    bigint not null,
    receivable   numeric not null,
    planned_open numeric not null,
    alone        boolean not null default false,  -- the customer's only owner
    primary key (customer_id, owner_id)
);
create index receivable_customer_owners_alone_idx
    on private.receivable_customer_owners (owner_id, (-receivable), customer_id)
    include (receivable, contracts, planned_open) where alone;
create index receivable_customer_owners_order_idx
    on private.receivable_customer_owners ((-receivable), customer_id)
    include (owner_id, receivable, contracts, planned_open) where alone;
create index receivable_customer_owners_shared_idx
    on private.receivable_customer_owners (owner_id, customer_id) where not alone;
alter table private.receivable_customer_owners owner to salesdesk_owner;
alter table private.receivable_customer_owners enable row level security;
alter table private.receivable_customer_owners force row level security;
create table private.receivable_owner_customers (
    owner_id  bigint primary key,
    customers bigint not null   -- the customers it alone holds, with something receivable or open
);
alter table private.receivable_owner_customers owner to salesdesk_owner;
alter table private.receivable_owner_customers enable row level security;
alter table private.receivable_owner_customers force row level security;
-- no policy and no grant on these three: only the owner's functions read and write their rows

-- One statement's changes, summed per customer and owner (deleted rows negative).
create function private.receivable_customers_apply(p_customers bigint[], p_owners bigint[], p_rows bigint[],
                                                   p_contracts bigint[], p_receivable numeric[],
                                                   p_planned numeric[])
    returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    before_alone bigint[];
    after_alone bigint[];
begin
    if coalesce(cardinality(p_customers), 0) = 0 then
        return;
    end if;
    insert into private.receivable_customers as t (customer_id, rows, contracts, receivable, planned_open)
    select d.c, sum(d.r), sum(d.n), sum(d.m), sum(d.p)
    from unnest(p_customers, p_rows, p_contracts, p_receivable, p_planned) d (c, r, n, m, p)
    group by d.c order by d.c
    on conflict (customer_id) do update
        set rows = t.rows + excluded.rows, contracts = t.contracts + excluded.contracts,
            receivable = t.receivable + excluded.receivable, planned_open = t.planned_open + excluded.planned_open;
    select array_agg(o.owner_id) into before_alone from private.receivable_customer_owners o
    where o.customer_id = any (p_customers) and o.alone and (o.receivable <> 0 or o.planned_open <> 0);
    insert into private.receivable_customer_owners as t (customer_id, owner_id, rows, contracts, receivable,
                                                         planned_open)
    select d.c, d.o, sum(d.r), sum(d.n), sum(d.m), sum(d.p)
    from unnest(p_customers, p_owners, p_rows, p_contracts, p_receivable, p_planned) d (c, o, r, n, m, p)
    group by d.c, d.o order by d.c, d.o
    on conflict (customer_id, owner_id) do update
        set rows = t.rows + excluded.rows, contracts = t.contracts + excluded.contracts,
            receivable = t.receivable + excluded.receivable, planned_open = t.planned_open + excluded.planned_open;
    delete from private.receivable_customer_owners t where t.customer_id = any (p_customers) and t.rows = 0;
    -- (statements of their own from here: the customers' rows are locked by now, and every writer
    -- of them before us has committed what it wrote)
    update private.receivable_customers t
    set owners = (select count(*) from private.receivable_customer_owners o where o.customer_id = t.customer_id)
    where t.customer_id = any (p_customers);
    update private.receivable_customer_owners o set alone = (c.owners = 1)
    from private.receivable_customers c
    where c.customer_id = any (p_customers) and o.customer_id = c.customer_id and o.alone <> (c.owners = 1);
    delete from private.receivable_customers t where t.customer_id = any (p_customers) and t.rows = 0;
    -- each owner's count of the customers it alone holds: what these customers added and took away
    select array_agg(o.owner_id) into after_alone from private.receivable_customer_owners o
    where o.customer_id = any (p_customers) and o.alone and (o.receivable <> 0 or o.planned_open <> 0);
    insert into private.receivable_owner_customers as t (owner_id, customers)
    select d.owner_id, sum(d.n) from (
        select a.id as owner_id, 1 as n from unnest(after_alone) a (id)
        union all
        select b.id, -1 from unnest(before_alone) b (id)) d
    group by d.owner_id having sum(d.n) <> 0 order by d.owner_id
    on conflict (owner_id) do update set customers = t.customers + excluded.customers;
    delete from private.receivable_owner_customers t
    where t.owner_id = any (before_alone) and t.customers = 0;
end
$$;
revoke all on function private.receivable_customers_apply(bigint[], bigint[], bigint[], bigint[], numeric[],
                                                          numeric[]) from public;

-- (a trigger with transition tables serves one event: 0044's refresh deletes and inserts the rows)
create function private.receivable_customers_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    c bigint[]; o bigint[]; r bigint[]; n bigint[]; m numeric[]; p numeric[];
begin
    if tg_op = 'INSERT' then
        select array_agg(s.customer_id), array_agg(s.owner_id), array_agg(s.r), array_agg(s.n),
               array_agg(s.m), array_agg(s.p) into c, o, r, n, m, p
        from (select x.customer_id, x.owner_id, count(*) as r, count(*) filter (where x.receivable <> 0) as n,
                     sum(x.receivable) as m, sum(x.planned_open) as p
              from new_rows x group by x.customer_id, x.owner_id) s;
    else
        select array_agg(s.customer_id), array_agg(s.owner_id), array_agg(s.r), array_agg(s.n),
               array_agg(s.m), array_agg(s.p) into c, o, r, n, m, p
        from (select x.customer_id, x.owner_id, -count(*) as r, -count(*) filter (where x.receivable <> 0) as n,
                     -sum(x.receivable) as m, -sum(x.planned_open) as p
              from old_rows x group by x.customer_id, x.owner_id) s;
    end if;
    perform private.receivable_customers_apply(c, o, r, n, m, p);
    return null;
end
$$;
revoke all on function private.receivable_customers_changed() from public;

create trigger sums_by_customer_inserted after insert on private.receivable_contracts
    referencing new table as new_rows for each statement execute function private.receivable_customers_changed();
create trigger sums_by_customer_deleted after delete on private.receivable_contracts
    referencing old table as old_rows for each statement execute function private.receivable_customers_changed();

lock table private.receivable_contracts in share mode;
insert into private.receivable_customer_owners (customer_id, owner_id, rows, contracts, receivable, planned_open)
select customer_id, owner_id, count(*), count(*) filter (where receivable <> 0), sum(receivable), sum(planned_open)
from private.receivable_contracts group by customer_id, owner_id;
insert into private.receivable_customers (customer_id, rows, contracts, receivable, planned_open, owners)
select customer_id, sum(rows), sum(contracts), sum(receivable), sum(planned_open), count(*)
from private.receivable_customer_owners group by customer_id;
update private.receivable_customer_owners o set alone = true
from private.receivable_customers c where c.customer_id = o.customer_id and c.owners = 1;
insert into private.receivable_owner_customers (owner_id, customers)
select owner_id, count(*) from private.receivable_customer_owners
where alone and (receivable <> 0 or planned_open <> 0) group by owner_id;

-- ---------------------------------------------------------------------------
-- A page of customers, and the totals of all (same signature, rows and order as 0053's)
-- ---------------------------------------------------------------------------
create or replace function private.receivables_customer_page(p_today date, p_after_receivable numeric,
                                                             p_after_id bigint, p_limit integer, p_total boolean)
returns table (customer_id bigint, customers bigint, contracts bigint, receivable numeric, planned_open numeric,
               nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
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
            select o.customer_id from unnest(owners) w (id)
            join private.receivable_customer_owners o on o.owner_id = w.id and not o.alone
            union all
            select r.customer_id from private.receivable_contracts r
            where r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true) x;
    end if;
    return query
        with mixed_sums as materialized (
            select r.customer_id, count(*) filter (where r.receivable <> 0) as n, sum(r.receivable) as receivable,
                   sum(r.planned_open) as planned_open
            from private.receivable_contracts r
            where r.customer_id = any (mixed) and (r.owner_id = any (owners) or r.contract_id = any (shared))
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
                 where not all_rows and not narrow and o.alone and o.owner_id = any (owners)
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
                        else (select coalesce(sum(k.customers), 0) from unnest(owners) w (id)
                              join private.receivable_owner_customers k on k.owner_id = w.id)
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
              and (all_rows or c.owner_id = any (owners) or c.contract_id = any (shared))) a
        union all
        select null, t.customers, g.contracts::bigint, g.receivable, g.receivable - g.unplanned,
               g.not_due, g.d1_30, g.d31_60, g.d61_90, g.d91_plus
        from counted t cross join private.ageing_seen(p_today) g;
end
$$;
