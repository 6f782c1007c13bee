-- 0002 customers: pools (公海), customers, contacts; their policies and the
-- pool claim/release functions. Customer data belongs to the company: nothing
-- here is ever hard-deleted by a user (customers are archived).
set local role salesdesk_owner;

create table if not exists sales.customer_pools (
    id          bigint generated always as identity primary key,
    unit_id     bigint not null unique references sales.org_units (id),
    name        text not null check (btrim(name) <> ''),
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1
);

-- The pool a unit's released customers go to: its own, else the nearest above.
create or replace function private.unit_pool(p_unit_id bigint)
    returns table (id bigint, unit_id bigint)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with recursive up (unit_id, depth) as (
        select p_unit_id, 0
        union all
        select u.parent_id, up.depth + 1 from up join sales.org_units u on u.id = up.unit_id
        where u.parent_id is not null and up.depth < 100
    )
    select p.id, p.unit_id from up join sales.customer_pools p on p.unit_id = up.unit_id
    order by up.depth limit 1
$$;

-- The pools the caller sees, as an array for `pool_id = ANY(...)` in policies
-- (one indexed lookup instead of a per-statement subquery on customer_pools).
create or replace function private.visible_pool_ids() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(array_agg(p.id), '{}')
    from sales.customer_pools p
    where p.unit_id = any (private.visible_pool_unit_ids())
$$;

-- Names compare without spaces, punctuation, case or the usual company suffixes,
-- so "上海 华联 有限公司" and "上海华联" are flagged as the same customer.
create or replace function private.normalize_name(p_name text) returns text
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select regexp_replace(
        regexp_replace(lower(coalesce(p_name, '')), '[[:space:][:punct:]（）()·，。、]+', '', 'g'),
        '(股份有限公司|有限责任公司|有限公司|集团|公司|coltd|co|ltd|inc|llc|corp)+$', '')
$$;

create or replace function private.normalize_phone(p_phone text) returns text
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select nullif(regexp_replace(regexp_replace(coalesce(p_phone, ''), '\D', '', 'g'), '^86(1\d{10})$', '\1'), '')
$$;

create table if not exists sales.customers (
    id              bigint generated always as identity primary key,
    name            text not null check (btrim(name) <> '' and length(name) <= 200),
    short_name      text check (length(short_name) <= 60),
    industry        text,
    level           text check (level in ('A', 'B', 'C', 'D')),
    address         text,
    region          text,
    phone           text check (phone ~ '^\+?[0-9][0-9 ()-]{4,29}$'),
    website         text,
    source          text,
    credit_limit    numeric(14, 2) not null default 0 check (credit_limit >= 0),
    notes           text,
    owner_id        bigint references sales.employees (id),
    pool_id         bigint references sales.customer_pools (id),
    last_contact_at timestamptz,
    archived_at     timestamptz,
    name_norm       text generated always as (private.normalize_name(name)) stored,
    phone_norm      text generated always as (private.normalize_phone(phone)) stored,
    created_at      timestamptz not null default now(),
    created_by      bigint,
    updated_at      timestamptz not null default now(),
    updated_by      bigint,
    version         integer not null default 1,
    -- owned by exactly one person, or sitting in exactly one pool
    check ((owner_id is null) <> (pool_id is null))
);
create index if not exists customers_owner_name_idx on sales.customers (owner_id, name, id);
create index if not exists customers_name_idx on sales.customers (name, id);
create index if not exists customers_pool_name_idx on sales.customers (pool_id, name, id)
    where pool_id is not null;
create index if not exists customers_name_norm_idx on sales.customers (name_norm);
create index if not exists customers_phone_norm_idx on sales.customers (phone_norm);

create table if not exists sales.contacts (
    id          bigint generated always as identity primary key,
    customer_id bigint not null references sales.customers (id),
    name        text not null check (btrim(name) <> ''),
    title       text,
    mobile      text check (mobile ~ '^\+?[0-9][0-9 ()-]{4,29}$'),
    phone       text check (phone ~ '^\+?[0-9][0-9 ()-]{4,29}$'),
    email       text check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    is_primary  boolean not null default false,
    notes       text,
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1
);
create index if not exists contacts_customer_idx on sales.contacts (customer_id);
create unique index if not exists contacts_one_primary_idx on sales.contacts (customer_id) where is_primary;

insert into private.record_kinds (kind, table_name) values ('customer', 'sales.customers')
    on conflict (kind) do nothing;
insert into private.record_kinds (kind, table_name, parent_kind, parent_column)
    values ('contact', 'sales.contacts', 'customer', 'customer_id')
    on conflict (kind) do nothing;

call private.protect_table('sales.customer_pools');
call private.protect_table('sales.customers', p_audit_kind => 'customer');
call private.protect_table('sales.contacts', p_audit_kind => 'contact');

-- A customer may be owned only by an active employee.
create or replace function private.check_active_owner() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if new.owner_id is not null and (tg_op = 'INSERT' or new.owner_id is distinct from old.owner_id)
       and not exists (select 1 from sales.employees where id = new.owner_id and active) then
        raise exception 'the owner must be an active employee' using errcode = '23514';
    end if;
    return new;
end
$$;
drop trigger if exists check_active_owner on sales.customers;
create trigger check_active_owner before insert or update of owner_id on sales.customers
    for each row execute function private.check_active_owner();

-- ---------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------

drop policy if exists "employees see the pools of their units" on sales.customer_pools;
create policy "employees see the pools of their units" on sales.customer_pools
    for select to salesdesk_user
    using ((select private.sees_all())
           or unit_id = any ((select private.visible_pool_unit_ids())::bigint[]));

drop policy if exists "employees see customers in scope, in their pools or shared"
    on sales.customers;
create policy "employees see customers in scope, in their pools or shared"
    on sales.customers for select to salesdesk_user
    using ((select private.sees_all())
           -- pools first: a short list, and a pool customer is most of what a salesperson
           -- sees; an owned row's NULL pool_id fails it at once
           or pool_id = any ((select private.visible_pool_ids())::bigint[])
           -- the same owners twice: the ranges answer wide scopes fast, the array is the
           -- canonical form (and is what index scans for narrow scopes can use)
           or owner_id <@ (select private.visible_owner_ranges())
           or owner_id = any ((select private.visible_owner_ids())::bigint[])
           or id = any ((select private.shared_record_ids('customer'))::bigint[]));

drop policy if exists "employees create customers in scope or in their pools"
    on sales.customers;
create policy "employees create customers in scope or in their pools"
    on sales.customers for insert to salesdesk_user
    with check ((select private.sees_all())
                or owner_id = any ((select private.visible_owner_ids())::bigint[])
                or owner_id is null and pool_id = any ((select private.visible_pool_ids())::bigint[]));

drop policy if exists "employees edit customers in scope or shared for writing"
    on sales.customers;
create policy "employees edit customers in scope or shared for writing"
    on sales.customers for update to salesdesk_user
    using ((select private.sees_all())
           or owner_id = any ((select private.visible_owner_ids())::bigint[])
           or id = any ((select private.shared_record_ids('customer', true))::bigint[]))
    with check ((select private.sees_all())
                or owner_id = any ((select private.visible_owner_ids())::bigint[])
                or id = any ((select private.shared_record_ids('customer', true))::bigint[]));

-- Contacts follow their customer: visible when it is, editable when it is.
drop policy if exists "contacts are seen with their customer" on sales.contacts;
create policy "contacts are seen with their customer" on sales.contacts
    for select to salesdesk_user
    -- a correlated lookup: one primary-key probe per contact, not a scan of every visible customer
    using (exists (select 1 from sales.customers c where c.id = customer_id));

create or replace function private.can_edit_customer(p_id bigint) returns boolean
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    -- Invoker's rights: the caller's own policies on customers apply.
    select exists (
        select 1 from sales.customers c
        where c.id = p_id
          and (private.sees_all()
               or c.owner_id = any (private.visible_owner_ids())
               or c.id = any (private.shared_record_ids('customer', true))))
$$;

drop policy if exists "contacts are added to customers one may edit" on sales.contacts;
create policy "contacts are added to customers one may edit" on sales.contacts
    for insert to salesdesk_user with check (private.can_edit_customer(customer_id));
drop policy if exists "contacts are edited with their customer" on sales.contacts;
create policy "contacts are edited with their customer" on sales.contacts
    for update to salesdesk_user
    using (private.can_edit_customer(customer_id))
    with check (private.can_edit_customer(customer_id));
drop policy if exists "contacts are removed with edit rights on their customer" on sales.contacts;
create policy "contacts are removed with edit rights on their customer" on sales.contacts
    for delete to salesdesk_user using (private.can_edit_customer(customer_id));

-- Column grants: owner and pool change only through the functions below, which
-- check scope and write ownership history; ids and stamps are never written by users.
grant select on sales.customer_pools, sales.customers, sales.contacts to salesdesk_user;
grant insert (name, short_name, industry, level, address, region, phone, website, source,
              credit_limit, notes, owner_id, pool_id, last_contact_at)
    on sales.customers to salesdesk_user;
grant update (name, short_name, industry, level, address, region, phone, website, source,
              credit_limit, notes, last_contact_at, archived_at)
    on sales.customers to salesdesk_user;
grant insert (customer_id, name, title, mobile, phone, email, is_primary, notes)
    on sales.contacts to salesdesk_user;
grant update (name, title, mobile, phone, email, is_primary, notes) on sales.contacts to salesdesk_user;
grant delete on sales.contacts to salesdesk_user;

revoke all on all functions in schema private from public;
grant execute on function private.current_employee_id(), private.visible_owner_ids(),
    private.visible_owner_ranges(), private.sees_all(), private.visible_pool_unit_ids(), private.shared_record_ids(text, boolean),
    private.manages_record(text, bigint), private.can_edit_customer(bigint), private.visible_pool_ids(),
    private.normalize_name(text), private.normalize_phone(text)
    to salesdesk_user;

-- ---------------------------------------------------------------------------
-- Pool API
-- ---------------------------------------------------------------------------

-- Take a customer from a pool the caller can see.
create or replace function sales.claim_customer(p_id bigint) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    c_pool bigint;
    c_unit bigint;
begin
    select c.pool_id, p.unit_id into c_pool, c_unit
    from sales.customers c join sales.customer_pools p on p.id = c.pool_id
    where c.id = p_id and c.owner_id is null and c.archived_at is null
    for update of c;
    if c_pool is null or not (private.sees_all() or c_unit = any (private.visible_pool_unit_ids())) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    update sales.customers set owner_id = me, pool_id = null where id = p_id;
    insert into sales.ownership_history (kind, record_id, from_pool_unit_id, to_owner_id, reason, changed_by)
    values ('customer', p_id, c_unit, me, 'claimed from pool', me);
end
$$;

-- Put a customer back into the pool of its owner's unit (or the nearest above).
create or replace function sales.release_customer(p_id bigint, p_reason text) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    c_owner bigint;
    target record;
begin
    select c.owner_id into c_owner from sales.customers c where c.id = p_id for update;
    if c_owner is null or not (private.sees_all() or c_owner = any (private.visible_owner_ids())) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if coalesce(btrim(p_reason), '') = '' then
        raise exception 'a reason is required' using errcode = '23514';
    end if;
    select up.id, up.unit_id into target
    from sales.employees e, private.unit_pool(e.unit_id) up where e.id = c_owner;
    if target.id is null then
        raise exception 'no customer pool above the owner''s unit' using errcode = '23514';
    end if;
    update sales.customers set owner_id = null, pool_id = target.id where id = p_id;
    insert into sales.ownership_history (kind, record_id, from_owner_id, to_pool_unit_id, reason, changed_by)
    values ('customer', p_id, c_owner, target.unit_id, p_reason, me);
end
$$;

revoke all on all functions in schema sales from public;
grant execute on function sales.whoami(), sales.schema_version(), sales.assignable_employees(),
    sales.transfer_record(text, bigint, bigint, text), sales.claim_customer(bigint),
    sales.release_customer(bigint, text)
    to salesdesk_user;
