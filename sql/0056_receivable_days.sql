-- The kept open instalments (0044) summed per owner and due day and per owner and due month, for the
-- ageing (issue 14 §7).
--
-- The dashboard's ageing (private.ageing_seen, 0046) and the receivables page grouped by owner or
-- unit (private.receivables_owner_sums, 0050) read every kept open instalment of the caller's scope
-- and bucket it by its days overdue on the day asked: at full size (1,625,395 open instalments) the
-- director's ageing took 150 ms and the biggest manager's 54 ms, the largest part of the manager's
-- 100 ms target once the forecast was kept (0052), and it grows with the instalments of the scope.
--
-- The buckets depend on the day asked (not due, 1-30, 31-60, 61-90, 91+ days), but only the days
-- from p_today - 90 to p_today - 1 need telling apart one by one: every earlier day is 91+, every
-- later one not due. So the ageing now reads, per owner in scope, the due days of the months that
-- window touches (from the first of p_today - 90's month to the end of p_today's), and every other
-- month as one row: owners × (a few months of due days + the other months), not instalments. (Due
-- days alone would not do: a salesperson's hundred-odd contracts a year fall due on almost as many
-- different days.)
--
-- Which rows a caller sums is unchanged (the same three parts as 0044/0046/0050): every owner's for
-- whoever sees everything; else the owners they see, by the keys' leading column; and the contracts
-- reached through shares and routes whose owner is not among them, one instalment at a time from
-- private.receivable_instalments (a shared contract is not all of its owner's). The instalments' three
-- parts are now written once, in private.receivable_ages, for both readers.
--
-- Kept from the kept instalment rows by statement triggers (0044's refresh only deletes and inserts
-- them, never updates), one statement's changes summed per key and applied in key order with
-- insert … on conflict (as private.receivable_owners, 0046); a day or month whose last instalment
-- went is deleted. tests/test_dashboard.py compares both tables with sums of the instalments after
-- changes, and the ageing with each instalment's own bucket (api.receivable_instalments, 0029) on
-- every day an instalment changes bucket.

create table private.receivable_days (
    owner_id bigint not null,
    due_on date not null,
    instalments bigint not null,
    unpaid numeric not null,
    primary key (owner_id, due_on) include (unpaid)  -- (the reads are index-only)
);
create index receivable_days_due_idx on private.receivable_days (due_on) include (unpaid);  -- every owner's
create table private.receivable_months (
    owner_id bigint not null,
    due_month date not null,  -- the first of the month
    instalments bigint not null,
    unpaid numeric not null,
    primary key (owner_id, due_month) include (unpaid)
);
do $$
declare
    t text;
begin
    foreach t in array array['private.receivable_days', 'private.receivable_months'] loop
        execute format('alter table %s owner to salesdesk_owner', t);
        execute format('alter table %s enable row level security', t);
        execute format('alter table %s force row level security', t);
        -- no policy and no grant: only the owner's functions read and write these rows
    end loop;
end
$$;

-- (a trigger with transition tables serves one event: one for the inserted rows, one for the deleted)
create function private.receivable_days_inserted() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    insert into private.receivable_days as t (owner_id, due_on, instalments, unpaid)
    select owner_id, due_on, count(*), sum(unpaid)
    from new_rows group by owner_id, due_on order by owner_id, due_on
    on conflict (owner_id, due_on) do update
        set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid;
    insert into private.receivable_months as t (owner_id, due_month, instalments, unpaid)
    select owner_id, date_trunc('month', due_on)::date, count(*), sum(unpaid)
    from new_rows group by 1, 2 order by 1, 2
    on conflict (owner_id, due_month) do update
        set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid;
    return null;
end
$$;
-- (the emptied keys are collected from the upserts and deleted by the key, one lookup each: a
-- delete joining the transition table could not be estimated, and at a rebuild's 160,000 deleted
-- instalments it was planned as a loop over them for every kept day)
create function private.receivable_days_deleted() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    owners bigint[];
    days date[];
begin
    with changed as (
        insert into private.receivable_days as t (owner_id, due_on, instalments, unpaid)
        select owner_id, due_on, -count(*), -sum(unpaid)
        from old_rows group by owner_id, due_on order by owner_id, due_on
        on conflict (owner_id, due_on) do update
            set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid
        returning t.owner_id, t.due_on, t.instalments
    )
    select array_agg(c.owner_id), array_agg(c.due_on) into owners, days from changed c where c.instalments = 0;
    delete from private.receivable_days t
    using unnest(owners, days) g (owner_id, due_on)
    where t.owner_id = g.owner_id and t.due_on = g.due_on and t.instalments = 0;
    with changed as (
        insert into private.receivable_months as t (owner_id, due_month, instalments, unpaid)
        select owner_id, date_trunc('month', due_on)::date, -count(*), -sum(unpaid)
        from old_rows group by 1, 2 order by 1, 2
        on conflict (owner_id, due_month) do update
            set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid
        returning t.owner_id, t.due_month, t.instalments
    )
    select array_agg(c.owner_id), array_agg(c.due_month) into owners, days from changed c where c.instalments = 0;
    delete from private.receivable_months t
    using unnest(owners, days) g (owner_id, due_month)
    where t.owner_id = g.owner_id and t.due_month = g.due_month and t.instalments = 0;
    return null;
end
$$;
alter function private.receivable_days_inserted() owner to salesdesk_owner;
alter function private.receivable_days_deleted() owner to salesdesk_owner;
revoke all on function private.receivable_days_inserted() from public;
revoke all on function private.receivable_days_deleted() from public;

create trigger days_inserted after insert on private.receivable_instalments
    referencing new table as new_rows for each statement execute function private.receivable_days_inserted();
create trigger days_deleted after delete on private.receivable_instalments
    referencing old table as old_rows for each statement execute function private.receivable_days_deleted();

lock table private.receivable_instalments in share mode;
insert into private.receivable_days (owner_id, due_on, instalments, unpaid)
select owner_id, due_on, count(*), sum(unpaid) from private.receivable_instalments group by owner_id, due_on;
insert into private.receivable_months (owner_id, due_month, instalments, unpaid)
select owner_id, date_trunc('month', due_on)::date, sum(instalments), sum(unpaid) from private.receivable_days
group by 1, 2;

set local role salesdesk_owner;

-- The open instalments of the contracts in a scope (the caller's, worked out by the function that
-- calls this one: every owner's when p_all, else p_owners' and the p_shared contracts whose owner is
-- not among them), aged on p_today (days overdue, 0 when not due), with their owner: the owners' days
-- of the months around the buckets' edges one by one, their other months whole (every earlier day is
-- 91+, every later one not due), and the shared contracts' instalments. No grant: only the owner's
-- functions below call it, with the scope they read from the session.
create function private.receivable_ages(p_today date, p_all boolean, p_owners bigint[], p_shared bigint[])
returns table (owner_id bigint, unpaid numeric, days integer)
language sql stable  -- no pinned settings, not a definer: inlined into each caller (names qualified, as 0048)
as $$
    -- the days from the first of p_today - 90's month to the end of p_today's month, one by one
    select r.owner_id, r.unpaid, greatest(0, p_today - r.due_on)
    from private.receivable_days r
    where p_all and r.due_on >= (select date_trunc('month', p_today - 90)::date)
      and r.due_on < (select (date_trunc('month', p_today) + interval '1 month')::date)
    union all
    select r.owner_id, r.unpaid, greatest(0, p_today - r.due_on)
    from unnest(p_owners) o (id) join private.receivable_days r  -- (each owner's days by the key)
        on (r.owner_id, r.due_on) >= (o.id, (select date_trunc('month', p_today - 90)::date))
       and (r.owner_id, r.due_on) < (o.id, (select (date_trunc('month', p_today) + interval '1 month')::date))
    union all
    -- the other months whole: every day of an earlier one 91+ days overdue, of a later one not due
    select m.owner_id, m.unpaid, case when m.due_month < p_today then 91 else 0 end
    from private.receivable_months m
    where p_all and (m.due_month < (select date_trunc('month', p_today - 90)::date)
                     or m.due_month >= (select (date_trunc('month', p_today) + interval '1 month')::date))
    union all
    select m.owner_id, m.unpaid, case when m.due_month < p_today then 91 else 0 end
    from unnest(p_owners) o (id) join private.receivable_months m on m.owner_id = o.id
    where m.due_month < (select date_trunc('month', p_today - 90)::date)
       or m.due_month >= (select (date_trunc('month', p_today) + interval '1 month')::date)
    union all
    select r.owner_id, r.unpaid, greatest(0, p_today - r.due_on)
    from private.receivable_instalments r
    where not p_all and r.contract_id = any (p_shared) and (r.owner_id = any (p_owners)) is not true
$$;
revoke all on function private.receivable_ages(date, boolean, bigint[], bigint[]) from public;

-- The dashboard's ageing: as 0046, the instalments from private.receivable_ages.
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
    with c as (
        select r.contracts as n, r.receivable, r.planned_open from private.receivable_owners r where all_rows
        union all
        select r.contracts, r.receivable, r.planned_open from unnest(owners) o(id)
            join private.receivable_owners r on r.owner_id = o.id
        union all
        select (r.receivable <> 0)::int, r.receivable, r.planned_open from private.receivable_contracts r
        where r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true
    ), buckets as (
        select coalesce(sum(i.unpaid) filter (where i.days = 0), 0) as nd,
               coalesce(sum(i.unpaid) filter (where i.days between 1 and 30), 0) as b1,
               coalesce(sum(i.unpaid) filter (where i.days between 31 and 60), 0) as b2,
               coalesce(sum(i.unpaid) filter (where i.days between 61 and 90), 0) as b3,
               coalesce(sum(i.unpaid) filter (where i.days > 90), 0) as b4
        from private.receivable_ages(p_today, all_rows, owners, shared) i
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

-- The receivables page grouped by owner or unit: as 0050, the instalments from
-- private.receivable_ages.
create or replace function private.receivables_owner_sums(p_today date)
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
        ), cs as (
            select c.owner_id, sum(c.contracts) as n, sum(c.receivable) as receivable,
                   sum(c.planned_open) as planned_open
            from c group by c.owner_id
        ), ib as (
            select i.owner_id, sum(i.unpaid) filter (where i.days = 0) as nd,
                   sum(i.unpaid) filter (where i.days between 1 and 30) as b1,
                   sum(i.unpaid) filter (where i.days between 31 and 60) as b2,
                   sum(i.unpaid) filter (where i.days between 61 and 90) as b3,
                   sum(i.unpaid) filter (where i.days > 90) as b4
            from private.receivable_ages(p_today, all_rows, owners, shared) i group by i.owner_id
        )
        select cs.owner_id, cs.n::bigint, cs.receivable, cs.planned_open, coalesce(ib.nd, 0),
               coalesce(ib.b1, 0), coalesce(ib.b2, 0), coalesce(ib.b3, 0), coalesce(ib.b4, 0)
        from cs left join ib on ib.owner_id = cs.owner_id;  -- (kept contracts always have an owner: 0046)
end
$$;

reset role;
