-- 0029 Money on a contract (issue 13 §3, §4): payment plans (回款计划), payments received (回款),
-- invoices (开票), receivables with ageing.
--
-- 1. Three kinds, children of the contract (visible and writable exactly when the contract is),
--    each with contract_id a declared reference: a payment, instalment or invoice on a hidden
--    contract answers like one on a missing contract (P0002). Money is numeric(14,2).
-- 2. Rules, kept here whatever path writes (the generic record_create or the functions below):
--    - money is recorded only on a contract that counts (private.contract_counts) — SDM01;
--    - a contract's instalments sum to its total: checked at commit (a deferred constraint
--      trigger), so a plan is saved as a whole, in one transaction (api.payment_plan_save) — SDM03;
--    - pending + approved payments never exceed the contract total (an overpayment) — SDM02;
--    - invoices (amount + tax) never exceed the contract total — SDM04.
--    Sums are read by the schema owner (every row, whatever the writer sees), under a lock on the
--    contract row (FOR NO KEY UPDATE: it does not wait for readers' FK checks), so two writers at
--    once cannot both pass.
-- 3. A payment is approved where the company's approval rules say so (type 'payment', sql/0023):
--    recorded, it asks private.request_approval; no rule applies = approved at once. Rejected and
--    withdrawn payments count nowhere.
-- 4. Matching payments to instalments: not stored. Approved payments are allocated to the
--    contract's instalments oldest due first (then by id); an instalment's unpaid part is what is
--    left of it. Receivable = counting contract total − approved payments.
-- 5. Ageing: each instalment's unpaid part by days overdue on a given day (p_today, a parameter
--    so that tests and reports fix it): not due (due today or later), 1–30, 31–60, 61–90, > 90.
--    Grouped per customer, owner or the owner's unit; every row read through RLS (the functions
--    belong to the API role), so a group only ever sums what the caller may see.
set local role salesdesk_owner;

create table if not exists sales.instalments (
    id            bigint generated always as identity primary key,
    contract_id   bigint not null references sales.contracts (id),
    due_on        date not null,
    amount        numeric(14, 2) not null check (amount > 0),
    note          text check (length(note) <= 500),
    plan_version  integer not null default 1 check (plan_version >= 1),  -- the save that wrote it
    created_at    timestamptz not null default now(),
    created_by    bigint,
    updated_at    timestamptz not null default now(),
    updated_by    bigint,
    version       integer not null default 1
);
create index if not exists instalments_contract_idx on sales.instalments (contract_id, due_on, id);

create table if not exists sales.payments (
    id           bigint generated always as identity primary key,
    contract_id  bigint not null references sales.contracts (id),
    received_on  date not null,
    amount       numeric(14, 2) not null check (amount > 0),
    method       text not null default 'bank_transfer'
                 check (method in ('bank_transfer', 'cash', 'cheque', 'acceptance_bill', 'other')),
    reference    text check (length(reference) <= 100),
    note         text check (length(note) <= 500),
    status       text not null default 'pending'
                 check (status in ('pending', 'approved', 'rejected', 'withdrawn')),
    created_at   timestamptz not null default now(),
    created_by   bigint,
    updated_at   timestamptz not null default now(),
    updated_by   bigint,
    version      integer not null default 1
);
create index if not exists payments_contract_idx on sales.payments (contract_id, status, received_on, id);

create table if not exists sales.invoices (
    id            bigint generated always as identity primary key,
    contract_id   bigint not null references sales.contracts (id),
    number        text not null check (btrim(number) = number and number <> '' and length(number) <= 40),
    issued_on     date not null,
    invoice_type  text not null default 'ordinary' check (invoice_type in ('ordinary', 'vat_special')),
    amount        numeric(14, 2) not null check (amount > 0),         -- before tax (金额)
    tax_amount    numeric(14, 2) not null default 0 check (tax_amount >= 0),  -- 税额
    total_amount  numeric(14, 2) generated always as (amount + tax_amount) stored,  -- 价税合计
    note          text check (length(note) <= 500),
    created_at    timestamptz not null default now(),
    created_by    bigint,
    updated_at    timestamptz not null default now(),
    updated_by    bigint,
    version       integer not null default 1,
    -- unique within its contract only: a company-wide key would tell a writer that a number
    -- exists on a contract they cannot see
    unique (contract_id, number)
);
create index if not exists invoices_contract_idx on sales.invoices (contract_id, issued_on, id);

-- the ageing and the money summaries read counting contracts per owner (the RLS route)
create index if not exists contracts_counting_owner_idx on sales.contracts (owner_id, id)
    where private.contract_counts(status);

call private.declare_kind('instalment', 'sales.instalments', 'instalments',
    p_parent_kind => 'contract', p_parent_column => 'contract_id', p_deletable => true,
    p_insertable => array['contract_id', 'plan_version'],
    p_writable => array['due_on', 'amount', 'note'],
    p_sorts => '{"due_on": "due_on", "updated_at": "updated_at"}',
    p_filters => array['contract_id']);
call private.declare_kind('payment', 'sales.payments', 'payments',
    p_parent_kind => 'contract', p_parent_column => 'contract_id',
    p_insertable => array['contract_id', 'received_on', 'amount', 'method', 'reference'],
    p_writable => array['note'],
    p_sorts => '{"received_on": "received_on", "amount": "amount", "updated_at": "updated_at"}',
    p_filters => array['contract_id', 'status', 'method']);
call private.declare_kind('invoice', 'sales.invoices', 'invoices',
    p_parent_kind => 'contract', p_parent_column => 'contract_id',
    p_insertable => array['contract_id', 'number', 'issued_on', 'invoice_type', 'amount', 'tax_amount'],
    p_writable => array['note'], p_derived => array['total_amount'],
    p_sorts => '{"issued_on": "issued_on", "number": "number", "updated_at": "updated_at"}',
    p_filters => array['contract_id', 'invoice_type']);
call private.declare_reference('instalment', 'contract_id', 'contract');
call private.declare_reference('payment', 'contract_id', 'contract');
call private.declare_reference('invoice', 'contract_id', 'contract');

-- ---------------------------------------------------------------------------
-- Rules
-- ---------------------------------------------------------------------------

-- The contract a money row is written against, locked; refused unless it counts (SDM01).
create or replace function private.money_contract(p_contract_id bigint) returns sales.contracts
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts;
begin
    select * into c from sales.contracts where id = p_contract_id for no key update;
    if c.id is null or not private.contract_counts(c.status) then
        raise exception 'money is recorded only on an approved contract' using errcode = 'SDM01';
    end if;
    return c;
end
$$;

-- Pending and approved payments stay within the contract total (SDM02; detail: the room left).
create or replace function private.payment_check() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts := private.money_contract(new.contract_id);
    others numeric;
begin
    if new.status not in ('pending', 'approved') then
        return new;
    end if;
    select coalesce(sum(p.amount), 0) into others from sales.payments p
    where p.contract_id = new.contract_id and p.status in ('pending', 'approved') and p.id <> new.id;
    if others + new.amount > c.total_amount then
        raise exception 'the payments would exceed the contract total' using errcode = 'SDM02',
            detail = (c.total_amount - others)::text;
    end if;
    return new;
end
$$;
drop trigger if exists money_check on sales.payments;
create trigger money_check before insert or update of amount, status, contract_id on sales.payments
    for each row execute function private.payment_check();

-- A recorded payment asks for approval; no rule applies = approved at once.
create or replace function private.payment_requested() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts := (select c2 from sales.contracts c2 where c2.id = new.contract_id);
    req bigint;
begin
    -- written by no employee (IT loading history, the demo): taken as approved as loaded
    if private.current_employee_id() is not null then
        req := private.request_approval('payment', new.id, new.amount, null, null,
                                        left(coalesce(c.number, c.title) || ' ' || new.amount::text, 500));
    end if;
    update sales.payments set status = case when req is null then 'approved' else 'pending' end
    where id = new.id;
    return null;
end
$$;
drop trigger if exists request_approval on sales.payments;
create trigger request_approval after insert on sales.payments
    for each row execute function private.payment_requested();

-- The approval's final word: approved or rejected; a withdrawn payment counts nowhere either.
create or replace function private.payment_decided(p_request_id bigint, p_record_id bigint, p_state text)
    returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.payments set status = p_state where id = p_record_id
$$;
call private.declare_approval('payment', 'payment', 'private.payment_decided(bigint, bigint, text)');

-- Invoices (amount + tax) stay within the contract total (SDM04; detail: the room left).
create or replace function private.invoice_check() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts := private.money_contract(new.contract_id);
    others numeric;
begin
    select coalesce(sum(i.total_amount), 0) into others from sales.invoices i
    where i.contract_id = new.contract_id and i.id <> new.id;
    if others + new.amount + new.tax_amount > c.total_amount then
        raise exception 'the invoices would exceed the contract total' using errcode = 'SDM04',
            detail = (c.total_amount - others)::text;
    end if;
    return new;
end
$$;
drop trigger if exists money_check on sales.invoices;
create trigger money_check before insert or update of amount, tax_amount, contract_id on sales.invoices
    for each row execute function private.invoice_check();

-- Instalments: on a counting contract, at once; their sum equal to its total, at commit.
create or replace function private.instalment_check() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.money_contract(new.contract_id);
    return new;
end
$$;
drop trigger if exists money_check on sales.instalments;
create trigger money_check before insert or update of contract_id on sales.instalments
    for each row execute function private.instalment_check();

create or replace function private.instalments_sum_check() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    contract_ids bigint[] := array_remove(array[(to_jsonb(new) ->> 'contract_id')::bigint,
                                                (to_jsonb(old) ->> 'contract_id')::bigint], null);
    c sales.contracts;
    planned numeric;
begin
    for c in select * from sales.contracts where id = any (contract_ids) loop
        select coalesce(sum(i.amount), 0) into planned from sales.instalments i where i.contract_id = c.id;
        if planned <> 0 and planned <> c.total_amount then
            raise exception 'the instalments must sum to the contract total' using errcode = 'SDM03',
                detail = c.total_amount::text, hint = planned::text;
        end if;
    end loop;
    return null;
end
$$;
drop trigger if exists sum_check on sales.instalments;
create constraint trigger sum_check after insert or update or delete on sales.instalments
    deferrable initially deferred for each row execute function private.instalments_sum_check();

-- The per-contract sums every money function reads, through the caller's RLS (it is called from
-- the API's definer functions and is itself invoker's rights).
create or replace function private.money_rows(p_customer_id bigint, p_contract_id bigint,
                                              p_owner_id bigint default null, p_unit_id bigint default null)
    returns table (contract_id bigint, contract_number text, contract_title text, status text,
                   customer_id bigint, customer_name text, owner_id bigint, owner_name text,
                   unit_id bigint, unit_name text, total_amount numeric, planned numeric,
                   planned_open numeric, received numeric, pending numeric, invoiced numeric,
                   receivable numeric)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select c.id, c.number, c.title, c.status, c.customer_id, cu.name, c.owner_id, e.name, e.unit_id, ou.name,
           c.total_amount, pl.planned, greatest(0, pl.planned - pa.received),
           pa.received, pa.pending, iv.invoiced, c.total_amount - pa.received
    from sales.contracts c
        cross join lateral (select coalesce(sum(i.amount), 0) as planned
                            from sales.instalments i where i.contract_id = c.id) pl
        cross join lateral (select coalesce(sum(p.amount) filter (where p.status = 'approved'), 0) as received,
                                   coalesce(sum(p.amount) filter (where p.status = 'pending'), 0) as pending
                            from sales.payments p where p.contract_id = c.id) pa
        cross join lateral (select coalesce(sum(v.total_amount), 0) as invoiced
                            from sales.invoices v where v.contract_id = c.id) iv
        left join sales.customers cu on cu.id = c.customer_id
        left join sales.employees e on e.id = c.owner_id
        left join sales.org_units ou on ou.id = e.unit_id
    where private.contract_counts(c.status)
      and (p_customer_id is null or c.customer_id = p_customer_id)
      and (p_contract_id is null or c.id = p_contract_id)
      and (p_owner_id is null or c.owner_id = p_owner_id)
      and (p_unit_id is null or e.unit_id = p_unit_id)
$$;
grant execute on function private.money_rows(bigint, bigint, bigint, bigint), private.money_contract(bigint) to salesdesk_api;

revoke all on function private.money_contract(bigint), private.payment_check(), private.payment_requested(),
    private.payment_decided(bigint, bigint, text), private.invoice_check(), private.instalment_check(),
    private.instalments_sum_check(), private.money_rows(bigint, bigint, bigint, bigint) from public;

reset role;

-- ---------------------------------------------------------------------------
-- The API (as the migration's superuser: the functions written belong to salesdesk_api)
-- ---------------------------------------------------------------------------
call private.declare_api('instalment', 'i',
    'i.id, i.contract_id, i.due_on, i.amount, i.note, i.plan_version, i.updated_at, i.version',
    '', 'i.contract_id, i.due_on, i.id', p_sort => 'due_on');
call private.declare_api('payment', 'p',
    'p.id, p.contract_id, c.number as contract_number, c.title as contract_title, c.customer_id,
     cu.name as customer_name, p.received_on, p.amount, p.method, p.reference, p.status, p.note,
     p.created_by, e.name as created_by_name, p.updated_at, p.version',
    'join sales.contracts c on c.id = p.contract_id
     left join sales.customers cu on cu.id = c.customer_id
     left join sales.employees e on e.id = p.created_by',
    'p.received_on desc, p.id desc', p_sort => 'received_on', p_descending => true);
call private.declare_api('invoice', 'v',
    'v.id, v.contract_id, c.number as contract_number, c.title as contract_title, c.customer_id,
     cu.name as customer_name, v.number, v.issued_on, v.invoice_type, v.amount, v.tax_amount,
     v.total_amount, v.note, v.updated_at, v.version',
    'join sales.contracts c on c.id = v.contract_id
     left join sales.customers cu on cu.id = c.customer_id',
    'v.issued_on desc, v.id desc', p_sort => 'issued_on', p_descending => true);

set local role salesdesk_api;

-- Save a contract's whole plan: p_version is the plan's version as read (0: no plan yet; else
-- the plan_version of its rows); p_lines [{"due_on", "amount", "note"}]. Returns the new version.
create or replace function api.payment_plan_save(p_contract_id bigint, p_version integer, p_lines jsonb)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts;
    current_version integer;
    planned numeric;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    c := private.money_contract(p_contract_id);
    if jsonb_typeof(p_lines) is distinct from 'array' or jsonb_array_length(p_lines) = 0
       or jsonb_array_length(p_lines) > 120 then
        raise exception 'a plan is a list of one to 120 instalments' using errcode = 'SD005';
    end if;
    select coalesce(max(i.plan_version), 0) into current_version from sales.instalments i
    where i.contract_id = p_contract_id;
    if current_version is distinct from p_version then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    begin
        select sum((l ->> 'amount')::numeric(14, 2)) into planned from jsonb_array_elements(p_lines) l;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    if planned is distinct from c.total_amount then
        raise exception 'the instalments must sum to the contract total' using errcode = 'SDM03',
            detail = c.total_amount::text, hint = coalesce(planned, 0)::text;
    end if;
    delete from sales.instalments where contract_id = p_contract_id;
    begin
        insert into sales.instalments (contract_id, due_on, amount, note, plan_version)
        select p_contract_id, (l ->> 'due_on')::date, (l ->> 'amount')::numeric(14, 2),
               nullif(btrim(l ->> 'note'), ''), current_version + 1
        from jsonb_array_elements(p_lines) with ordinality x(l, n)
        order by n;
    exception when data_exception or not_null_violation then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return current_version + 1;
end
$$;

-- Each instalment of the counting contracts I see, after the allocation of the approved payments
-- (oldest due first), with its days overdue on p_today and its ageing bucket.
create or replace function api.receivable_instalments(p_today date, p_customer_id bigint default null,
                                                      p_contract_id bigint default null)
    returns table (instalment_id bigint, contract_id bigint, contract_number text, contract_title text,
                   customer_id bigint, customer_name text, owner_id bigint, owner_name text,
                   unit_id bigint, unit_name text, due_on date, amount numeric, paid numeric,
                   unpaid numeric, days_overdue integer, bucket text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
#variable_conflict use_column
begin
    -- first, whatever the ids: an outsider is refused alike for a hidden and a missing contract
    perform private.require_employee();
    return query
    with c as (
        select c.id, c.number, c.title, c.customer_id, c.owner_id
        from sales.contracts c
        where private.contract_counts(c.status)
          and (p_customer_id is null or c.customer_id = p_customer_id)
          and (p_contract_id is null or c.id = p_contract_id)
          and isfinite(p_today)  -- no day is infinitely overdue: nothing (null too)
    ), allocated as (
        select i.id, i.contract_id, i.due_on, i.amount,
               sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) as running,
               coalesce((select sum(p.amount) from sales.payments p
                         where p.contract_id = i.contract_id and p.status = 'approved'), 0) as received
        from c join sales.instalments i on i.contract_id = c.id
    ), unpaid as (
        select a.*, greatest(0, least(a.amount, a.running - a.received)) as open_amount,
               greatest(0, p_today - a.due_on) as overdue
        from allocated a
    )
    select u.id, c.id, c.number, c.title, c.customer_id, cu.name, c.owner_id, e.name, e.unit_id, ou.name,
           u.due_on, u.amount, u.amount - u.open_amount, u.open_amount, u.overdue,
           case when u.overdue = 0 then 'not_due' when u.overdue <= 30 then 'd1_30'
                when u.overdue <= 60 then 'd31_60' when u.overdue <= 90 then 'd61_90' else 'd91_plus' end
    from unpaid u
        join c on c.id = u.contract_id
        left join sales.customers cu on cu.id = c.customer_id
        left join sales.employees e on e.id = c.owner_id
        left join sales.org_units ou on ou.id = e.unit_id
    order by u.contract_id, u.due_on, u.id;
end
$$;

-- The ageing table: per customer, owner or unit ('customer' | 'owner' | 'unit') the unpaid
-- instalments by bucket, the receivable (contract totals − approved payments) and the part of it
-- no instalment plans yet.
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
        with m as (
            select case p_group when 'customer' then r.customer_id when 'owner' then r.owner_id
                                else r.unit_id end as gid,
                   case p_group when 'customer' then r.customer_name when 'owner' then r.owner_name
                                else r.unit_name end as gname,
                   r.receivable, 0::numeric as nd, 0::numeric as b1, 0::numeric as b2, 0::numeric as b3,
                   0::numeric as b4, r.planned_open, 1 as n
            from private.money_rows(null, null) r
            union all
            select case p_group when 'customer' then a.customer_id when 'owner' then a.owner_id
                                else a.unit_id end,
                   case p_group when 'customer' then a.customer_name when 'owner' then a.owner_name
                                else a.unit_name end,
                   0, case when a.bucket = 'not_due' then a.unpaid else 0 end,
                   case when a.bucket = 'd1_30' then a.unpaid else 0 end,
                   case when a.bucket = 'd31_60' then a.unpaid else 0 end,
                   case when a.bucket = 'd61_90' then a.unpaid else 0 end,
                   case when a.bucket = 'd91_plus' then a.unpaid else 0 end, 0, 0
            from api.receivable_instalments(p_today) a
        )
        select m.gid, max(m.gname), sum(m.n)::integer, sum(m.nd), sum(m.b1), sum(m.b2), sum(m.b3), sum(m.b4),
               sum(m.b1 + m.b2 + m.b3 + m.b4), sum(m.receivable) - sum(m.planned_open), sum(m.receivable)
        from m
        group by m.gid
        having sum(m.receivable) <> 0 or sum(m.nd + m.b1 + m.b2 + m.b3 + m.b4) <> 0
        order by sum(m.receivable) desc, max(m.gname), m.gid;
end
$$;

-- Invoiced, uninvoiced and received side by side, per counting contract (of a customer, an owner,
-- the owners of a unit, or one contract).
create or replace function api.contract_money(p_customer_id bigint default null, p_contract_id bigint default null,
                                              p_owner_id bigint default null, p_unit_id bigint default null)
    returns table (contract_id bigint, contract_number text, contract_title text, status text,
                   customer_id bigint, customer_name text, owner_id bigint, owner_name text,
                   total_amount numeric, planned numeric, received numeric, pending numeric,
                   invoiced numeric, uninvoiced numeric, receivable numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select r.contract_id, r.contract_number, r.contract_title, r.status, r.customer_id, r.customer_name,
           r.owner_id, r.owner_name, r.total_amount, r.planned, r.received, r.pending, r.invoiced,
           r.total_amount - r.invoiced, r.receivable
    from private.money_rows(p_customer_id, p_contract_id, p_owner_id, p_unit_id) r
    order by r.receivable desc, r.contract_id
$$;

-- The same per customer.
create or replace function api.customer_money(p_customer_id bigint default null)
    returns table (customer_id bigint, customer_name text, contracts integer, total_amount numeric,
                   received numeric, pending numeric, invoiced numeric, uninvoiced numeric, receivable numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select r.customer_id, max(r.customer_name), count(*)::integer, sum(r.total_amount), sum(r.received),
           sum(r.pending), sum(r.invoiced), sum(r.total_amount - r.invoiced), sum(r.receivable)
    from private.money_rows(p_customer_id, null) r
    group by r.customer_id
    order by sum(r.receivable) desc, r.customer_id
$$;

-- A customer's money events for its timeline: payments received and invoices issued.
create or replace function api.customer_money_timeline(p_customer_id bigint, p_limit integer default 50)
    returns table (at date, entry text, record_id bigint, contract_id bigint, contract_number text,
                   amount numeric, detail text, status text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    lim integer := greatest(1, least(coalesce(p_limit, 50), 500));
begin
    perform private.require_employee();
    if not exists (select 1 from sales.customers c where c.id = p_customer_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query
        select * from (
            (select p.received_on, 'payment'::text, p.id, c.id, coalesce(c.number, c.title), p.amount,
                    p.method, p.status
             from sales.contracts c join sales.payments p on p.contract_id = c.id
             where c.customer_id = p_customer_id
             order by p.received_on desc, p.id desc limit lim)
            union all
            (select v.issued_on, 'invoice'::text, v.id, c.id, coalesce(c.number, c.title), v.total_amount,
                    v.number, v.invoice_type
             from sales.contracts c join sales.invoices v on v.contract_id = c.id
             where c.customer_id = p_customer_id
             order by v.issued_on desc, v.id desc limit lim)
        ) t (at, entry, record_id, contract_id, contract_number, amount, detail, status)
        order by t.at desc, t.entry, t.record_id desc
        limit lim;
end
$$;

reset role;


set local role salesdesk_api;
revoke all on function api.payment_plan_save(bigint, integer, jsonb), api.receivable_instalments(date, bigint, bigint),
    api.receivables_ageing(text, date), api.contract_money(bigint, bigint, bigint, bigint), api.customer_money(bigint),
    api.customer_money_timeline(bigint, integer) from public;
grant execute on function api.payment_plan_save(bigint, integer, jsonb), api.receivable_instalments(date, bigint, bigint),
    api.receivables_ageing(text, date), api.contract_money(bigint, bigint, bigint, bigint), api.customer_money(bigint),
    api.customer_money_timeline(bigint, integer) to salesdesk_user;
reset role;
