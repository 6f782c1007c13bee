-- Receivables kept per contract and per open instalment, for the dashboard's ageing (issue 14 §7).
--
-- api.dashboard_ageing summed every counted contract in the caller's scope with its payments and its
-- payment plan on each call: at 1 % of the bench's size a manager's dashboard took 83 ms p50 and
-- 145 ms p95, most of it here, and the work grows with the scope (a director's million contracts).
-- The database now keeps what that sum needs, per contract: what is receivable and how much of it
-- the plan still holds open; per instalment not fully paid: the unpaid part and its due day (the
-- days overdue depend on the day asked about, so the buckets are summed at read time). A call reads
-- the rows of the owners the caller sees, by the owner index, and those of contracts it reaches
-- through shares and routes; the director reads them all.
--
-- Derived data, not a kind: no employee reads it; only the API's functions do (as
-- private.opportunity_totals, 0021). The rows of a contract are recomputed whenever its contract
-- row, its instalments or its approved payments change, by statement triggers, with the contract
-- row locked first so that two writers of one contract's money apply one after the other (each
-- recomputes from what the other committed). The amounts follow private.ageing_totals (0037)
-- exactly: payments pay the plan in due order; not-due, 1-30, 31-60, 61-90 and 91+ days; what is
-- receivable but in no instalment is "unplanned". tests/test_dashboard.py compares the two.

create table private.receivable_contracts (
    contract_id bigint primary key,
    owner_id bigint,
    receivable numeric not null,      -- total - received
    planned_open numeric not null     -- greatest(0, planned - received)
);
create index receivable_contracts_owner_idx on private.receivable_contracts (owner_id)
    include (receivable, planned_open);

create table private.receivable_instalments (
    instalment_id bigint primary key,
    contract_id bigint not null,
    owner_id bigint,
    due_on date not null,
    unpaid numeric not null check (unpaid > 0)
);
create index receivable_instalments_owner_idx on private.receivable_instalments (owner_id)
    include (due_on, unpaid);
create index receivable_instalments_contract_idx on private.receivable_instalments (contract_id);

do $$
declare
    t text;
begin
    foreach t in array array['private.receivable_contracts', 'private.receivable_instalments'] loop
        execute format('alter table %s owner to salesdesk_owner', t);
        execute format('alter table %s enable row level security', t);
        execute format('alter table %s force row level security', t);
        -- no policy and no grant: only the owner's functions below read and write these rows
    end loop;
end
$$;

-- The rows of these contracts (every contract's when null: a rebuild), recomputed from the
-- contracts, plans and approved payments as they stand.
create function private.receivables_refresh(p_contracts bigint[]) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    if p_contracts is not null then
        if cardinality(p_contracts) = 0 then
            return;
        end if;
        -- one writer of a contract's money at a time, in id order (no deadlock between two
        -- statements touching the same contracts); what the other committed is then read below
        perform 1 from sales.contracts c where c.id = any (p_contracts) order by c.id for no key update;
        delete from private.receivable_instalments where contract_id = any (p_contracts);
        delete from private.receivable_contracts where contract_id = any (p_contracts);
    else
        delete from private.receivable_instalments;
        delete from private.receivable_contracts;
    end if;
    with c as materialized (
        select c.id, c.owner_id, c.total_amount from sales.contracts c
        where private.contract_counts(c.status) and (p_contracts is null or c.id = any (p_contracts))
    ), paid as (
        select p.contract_id, sum(p.amount) as received from sales.payments p join c on c.id = p.contract_id
        where p.status = 'approved' group by p.contract_id
    ), plan as materialized (
        select i.id, i.contract_id, i.amount, i.due_on,
               sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) as running
        from sales.instalments i join c on c.id = i.contract_id
    ), open_instalments as (
        insert into private.receivable_instalments (instalment_id, contract_id, owner_id, due_on, unpaid)
        select pl.id, pl.contract_id, c.owner_id, pl.due_on, u.unpaid
        from plan pl join c on c.id = pl.contract_id left join paid pd on pd.contract_id = pl.contract_id,
             lateral (select greatest(0, least(pl.amount, pl.running - coalesce(pd.received, 0))) as unpaid) u
        where u.unpaid > 0
    ), planned as (
        select contract_id, sum(amount) as planned from plan group by contract_id
    )
    insert into private.receivable_contracts (contract_id, owner_id, receivable, planned_open)
    select c.id, c.owner_id, m.receivable, m.planned_open
    from c left join paid pd on pd.contract_id = c.id left join planned pl on pl.contract_id = c.id,
         lateral (select c.total_amount - coalesce(pd.received, 0) as receivable,
                         greatest(0, coalesce(pl.planned, 0) - coalesce(pd.received, 0)) as planned_open) m
    where m.receivable <> 0 or m.planned_open <> 0;
end
$$;
alter function private.receivables_refresh(bigint[]) owner to salesdesk_owner;
revoke all on function private.receivables_refresh(bigint[]) from public;

-- The contracts a statement touched, by table: a contract whose status, total or owner changed; a
-- plan's or a payment's contract (a payment's only when it is or was approved).
create function private.receivables_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    ids bigint[];
begin
    if tg_table_name = 'contracts' then
        if tg_op = 'INSERT' then
            select array_agg(id order by id) into ids from new_rows where private.contract_counts(status);
        elsif tg_op = 'DELETE' then
            select array_agg(id order by id) into ids from old_rows;
        else
            select array_agg(n.id order by n.id) into ids
            from new_rows n join old_rows o on o.id = n.id
            where (n.status, n.total_amount, n.owner_id) is distinct from (o.status, o.total_amount, o.owner_id)
              and (private.contract_counts(n.status) or private.contract_counts(o.status));
        end if;
    elsif tg_table_name = 'instalments' then
        if tg_op = 'INSERT' then
            select array_agg(distinct contract_id) into ids from new_rows;
        elsif tg_op = 'DELETE' then
            select array_agg(distinct contract_id) into ids from old_rows;
        else
            select array_agg(distinct x.contract_id) into ids
            from (select n.contract_id from new_rows n join old_rows o on o.id = n.id
                  where (n.contract_id, n.amount, n.due_on) is distinct from (o.contract_id, o.amount, o.due_on)
                  union all
                  select o.contract_id from new_rows n join old_rows o on o.id = n.id
                  where n.contract_id is distinct from o.contract_id) x;
        end if;
    else  -- payments
        if tg_op = 'INSERT' then
            select array_agg(distinct contract_id) into ids from new_rows where status = 'approved';
        elsif tg_op = 'DELETE' then
            select array_agg(distinct contract_id) into ids from old_rows where status = 'approved';
        else
            select array_agg(distinct x.contract_id) into ids
            from (select n.contract_id from new_rows n join old_rows o on o.id = n.id
                  where (n.status = 'approved' or o.status = 'approved')
                    and (n.status, n.amount, n.contract_id) is distinct from (o.status, o.amount, o.contract_id)
                  union all
                  select o.contract_id from new_rows n join old_rows o on o.id = n.id
                  where o.status = 'approved' and n.contract_id is distinct from o.contract_id) x;
        end if;
    end if;
    perform private.receivables_refresh(coalesce(array_remove(ids, null), '{}'));  -- (null: rebuild all)
    return null;
end
$$;
alter function private.receivables_changed() owner to salesdesk_owner;
revoke all on function private.receivables_changed() from public;

do $$
declare
    t text;
begin
    foreach t in array array['contracts', 'instalments', 'payments'] loop
        -- (a trigger with transition tables serves one event: three of them)
        execute format('create trigger receivables_inserted after insert on sales.%I '
                       'referencing new table as new_rows for each statement '
                       'execute function private.receivables_changed()', t);
        execute format('create trigger receivables_updated after update on sales.%I '
                       'referencing old table as old_rows new table as new_rows for each statement '
                       'execute function private.receivables_changed()', t);
        execute format('create trigger receivables_deleted after delete on sales.%I '
                       'referencing old table as old_rows for each statement '
                       'execute function private.receivables_changed()', t);
    end loop;
end
$$;

lock table sales.contracts, sales.instalments, sales.payments in share mode;  -- no write before the triggers'
select private.receivables_refresh(null);

-- The ageing's totals of the contracts the caller may read, from the kept rows: the owners the
-- caller sees (by the owner index), and the contracts reached through shares and routes whose owner
-- is not among them, as the contracts' read policy decides (sees_all, owner, shared set).
create function private.ageing_seen(p_today date)
    returns table (contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric,
                   d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
    language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
    with i as (
        select r.unpaid, greatest(0, p_today - r.due_on) as days from private.receivable_instalments r
        where all_rows
        union all
        select r.unpaid, greatest(0, p_today - r.due_on) from unnest(owners) o(id)
            join private.receivable_instalments r on r.owner_id = o.id
        union all
        select r.unpaid, greatest(0, p_today - r.due_on) from private.receivable_instalments r
        where r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true
    ), c as (
        select r.receivable, r.planned_open from private.receivable_contracts r where all_rows
        union all
        select r.receivable, r.planned_open from unnest(owners) o(id)
            join private.receivable_contracts r on r.owner_id = o.id
        union all
        select r.receivable, r.planned_open from private.receivable_contracts r
        where r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true
    ), buckets as (
        select coalesce(sum(unpaid) filter (where days = 0), 0) as nd,
               coalesce(sum(unpaid) filter (where days between 1 and 30), 0) as b1,
               coalesce(sum(unpaid) filter (where days between 31 and 60), 0) as b2,
               coalesce(sum(unpaid) filter (where days between 61 and 90), 0) as b3,
               coalesce(sum(unpaid) filter (where days > 90), 0) as b4
        from i
    ), money as (
        select count(*) filter (where c.receivable <> 0)::integer as n, coalesce(sum(c.receivable), 0) as receivable,
               coalesce(sum(c.planned_open), 0) as planned_open
        from c
    )
    select m.n, b.nd, b.b1, b.b2, b.b3, b.b4, b.b1 + b.b2 + b.b3 + b.b4, m.receivable - m.planned_open,
           m.receivable
    from money m, buckets b;
end
$$;
alter function private.ageing_seen(date) owner to salesdesk_owner;
revoke all on function private.ageing_seen(date) from public;
grant execute on function private.ageing_seen(date) to salesdesk_api;

set local role salesdesk_api;
create or replace function api.dashboard_ageing(p_today date)
returns table (contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric,
               d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query select * from private.ageing_seen(p_today);
end
$$;
reset role;
