-- The dashboard's ageing for whoever sees everything, from the company's open instalments summed per
-- due day and month (issue 14 §7, the director's target at full size).
--
-- Since 0056 the ageing reads, per owner in scope, the owner's due days of the months around the
-- buckets' edges and the other months whole: 55-65 rows an owner. For the director that is every
-- owner's: about 600,000 rows at full size (10,000 owners), the largest part of the director's page
-- once the forecast is read per unit (0059).
--
-- private.receivable_company_days and private.receivable_company_months keep the kept open
-- instalments (private.receivable_instalments, 0044) summed per due day and per due month for the
-- whole company, by statement triggers on those instalments beside 0056's per-owner ones (each
-- statement's changes summed per key and applied in key order with insert … on conflict; a key left
-- without instalments is deleted). private.ageing_seen reads them, with 0056's edges, when the
-- caller sees everything: about 150 day rows and 20 month rows whatever the company's size.
--
-- What writers pay: a change to an instalment's unpaid part also updates the company's row of its
-- due day and month, so two money writers whose instalments fall due on the same day wait for each
-- other's commit (before, only two writers of one owner did). At a sales force's rate of writes (a
-- few a second at most) the wait is rare and short; a bulk load holds those days until it commits.

set local role salesdesk_owner;

create table private.receivable_company_days (
    due_on      date not null,
    instalments bigint not null,
    unpaid      numeric not null,
    primary key (due_on) include (unpaid)
);
create table private.receivable_company_months (
    due_month   date not null,
    instalments bigint not null,
    unpaid      numeric not null,
    primary key (due_month) include (unpaid)
);
alter table private.receivable_company_days owner to salesdesk_owner;
alter table private.receivable_company_months owner to salesdesk_owner;
alter table private.receivable_company_days enable row level security;
alter table private.receivable_company_days force row level security;
alter table private.receivable_company_months enable row level security;
alter table private.receivable_company_months force row level security;
-- no policy and no grant: only the owner's functions read and write these rows

create function private.receivable_company_inserted() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    insert into private.receivable_company_days as t (due_on, instalments, unpaid)
    select due_on, count(*), sum(unpaid) from new_rows group by 1 order by 1
    on conflict (due_on) do update
        set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid;
    insert into private.receivable_company_months as t (due_month, instalments, unpaid)
    select date_trunc('month', due_on)::date, count(*), sum(unpaid) from new_rows group by 1 order by 1
    on conflict (due_month) do update
        set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid;
    return null;
end
$$;

create function private.receivable_company_deleted() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    insert into private.receivable_company_days as t (due_on, instalments, unpaid)
    select due_on, -count(*), -sum(unpaid) from old_rows group by 1 order by 1
    on conflict (due_on) do update
        set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid;
    delete from private.receivable_company_days t
    where t.instalments = 0 and t.due_on in (select o.due_on from old_rows o);
    insert into private.receivable_company_months as t (due_month, instalments, unpaid)
    select date_trunc('month', due_on)::date, -count(*), -sum(unpaid) from old_rows group by 1 order by 1
    on conflict (due_month) do update
        set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid;
    delete from private.receivable_company_months t
    where t.instalments = 0 and t.due_month in (select date_trunc('month', o.due_on)::date from old_rows o);
    return null;
end
$$;

alter function private.receivable_company_inserted() owner to salesdesk_owner;
alter function private.receivable_company_deleted() owner to salesdesk_owner;
revoke all on function private.receivable_company_inserted(), private.receivable_company_deleted() from public;

create trigger company_days_inserted after insert on private.receivable_instalments
    referencing new table as new_rows for each statement execute function private.receivable_company_inserted();
create trigger company_days_deleted after delete on private.receivable_instalments
    referencing old table as old_rows for each statement execute function private.receivable_company_deleted();

insert into private.receivable_company_days (due_on, instalments, unpaid)
select due_on, count(*), sum(unpaid) from private.receivable_instalments group by 1;
insert into private.receivable_company_months (due_month, instalments, unpaid)
select date_trunc('month', due_on)::date, count(*), sum(unpaid) from private.receivable_instalments group by 1;

-- 0056's ageing of the caller's scope; whoever sees everything reads the company's days and months.
create or replace function private.ageing_seen(p_today date)
    returns table (contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric,
                   d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
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
        select r.contracts, r.receivable, r.planned_open from unnest(owners) o(id)
            join private.receivable_owners r on r.owner_id = o.id
        union all
        select (r.receivable <> 0)::int, r.receivable, r.planned_open from private.receivable_contracts r
        where r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true
    ), ages as (
        select d.unpaid, greatest(0, p_today - d.due_on) as days from private.receivable_company_days d
        where all_rows and d.due_on >= first_day and d.due_on < after_day
        union all
        -- the other months whole: every day of an earlier one 91+ days overdue, of a later one not due
        select m.unpaid, case when m.due_month < p_today then 91 else 0 end
        from private.receivable_company_months m
        where all_rows and (m.due_month < first_day or m.due_month >= after_day)
        union all
        select i.unpaid, i.days from private.receivable_ages(p_today, false, owners, shared) i
        where not all_rows
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
