-- The kept receivables (0044) summed per owner as well, for the contract half of the dashboard's
-- ageing. Measured at full size (1,000,000 approved contracts, 1,625,395 open instalments): the
-- director's call read every kept contract row and every open instalment, 240 ms p50 and 313 ms p95
-- against a 300 ms target; the contract half alone was 130 ms of it. It now reads one row per owner
-- (8,929 at that size) and the instalments; a manager one row per owner in scope.
--
-- Kept from the kept contract rows by statement triggers (0044's refresh deletes and inserts them),
-- the changes of one statement summed per owner and applied in owner order with insert … on
-- conflict (as private.opportunity_totals, 0021). `contracts` counts those with something receivable,
-- as the ageing does.

create table private.receivable_owners (
    owner_id bigint primary key,
    contracts bigint not null,
    receivable numeric not null,
    planned_open numeric not null
);
alter table private.receivable_owners owner to salesdesk_owner;
alter table private.receivable_owners enable row level security;
alter table private.receivable_owners force row level security;
-- no policy and no grant: only the owner's functions read and write these rows

-- (a trigger with transition tables serves one event: one for the inserted rows, one for the deleted;
-- the kept contract rows are never updated, 0044's refresh deletes and inserts them)
create function private.receivable_owners_inserted() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    insert into private.receivable_owners as t (owner_id, contracts, receivable, planned_open)
    select owner_id, count(*) filter (where receivable <> 0), sum(receivable), sum(planned_open)
    from new_rows group by owner_id order by owner_id
    on conflict (owner_id) do update
        set contracts = t.contracts + excluded.contracts, receivable = t.receivable + excluded.receivable,
            planned_open = t.planned_open + excluded.planned_open;
    return null;
end
$$;
create function private.receivable_owners_deleted() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    insert into private.receivable_owners as t (owner_id, contracts, receivable, planned_open)
    select owner_id, -count(*) filter (where receivable <> 0), -sum(receivable), -sum(planned_open)
    from old_rows group by owner_id order by owner_id
    on conflict (owner_id) do update
        set contracts = t.contracts + excluded.contracts, receivable = t.receivable + excluded.receivable,
            planned_open = t.planned_open + excluded.planned_open;
    delete from private.receivable_owners t
    where t.owner_id in (select owner_id from old_rows)
      and t.contracts = 0 and t.receivable = 0 and t.planned_open = 0;
    return null;
end
$$;
alter function private.receivable_owners_inserted() owner to salesdesk_owner;
alter function private.receivable_owners_deleted() owner to salesdesk_owner;
revoke all on function private.receivable_owners_inserted() from public;
revoke all on function private.receivable_owners_deleted() from public;

create trigger owners_inserted after insert on private.receivable_contracts
    referencing new table as new_rows for each statement execute function private.receivable_owners_inserted();
create trigger owners_deleted after delete on private.receivable_contracts
    referencing old table as old_rows for each statement execute function private.receivable_owners_deleted();

lock table private.receivable_contracts in share mode;
insert into private.receivable_owners (owner_id, contracts, receivable, planned_open)
select owner_id, count(*) filter (where receivable <> 0), sum(receivable), sum(planned_open)
from private.receivable_contracts group by owner_id
having count(*) filter (where receivable <> 0) <> 0 or sum(receivable) <> 0 or sum(planned_open) <> 0;

-- The ageing's contract half from the owners' sums: every owner's for the director, the owners in
-- scope for the others, and the contracts reached through shares and routes one by one (0044).
create or replace function private.ageing_seen(p_today date)
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
        select r.contracts as n, r.receivable, r.planned_open from private.receivable_owners r where all_rows
        union all
        select r.contracts, r.receivable, r.planned_open from unnest(owners) o(id)
            join private.receivable_owners r on r.owner_id = o.id
        union all
        select (r.receivable <> 0)::int, r.receivable, r.planned_open from private.receivable_contracts r
        where r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true
    ), buckets as (
        select coalesce(sum(unpaid) filter (where days = 0), 0) as nd,
               coalesce(sum(unpaid) filter (where days between 1 and 30), 0) as b1,
               coalesce(sum(unpaid) filter (where days between 31 and 60), 0) as b2,
               coalesce(sum(unpaid) filter (where days between 61 and 90), 0) as b3,
               coalesce(sum(unpaid) filter (where days > 90), 0) as b4
        from i
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
