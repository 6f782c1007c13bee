-- 0001 core: organisation, positions, employees, the scope machinery, shares,
-- ownership history and the audit log. Every later kind of business record
-- (customers, opportunities, orders, tasks, ...) plugs into this by:
--   1. having an `owner_id` column (or a parent that has one),
--   2. registering itself in private.record_kinds,
--   3. using the policy helpers below and the private.stamp / private.audit triggers.
-- Runs as salesdesk_owner so that it owns everything it creates.
set local role salesdesk_owner;

create schema if not exists sales;
revoke all on schema sales from public;
grant usage on schema sales to salesdesk_user;
-- Users need USAGE on private only to evaluate the policy helpers; every table
-- in it is unreadable to them and every function checks the caller.
grant usage on schema private to salesdesk_user;
-- New functions are EXECUTE-able by PUBLIC unless revoked. The explicit revokes below
-- ran before private.handover was created, so at revision 0001 any user could call it.
-- Revoke by default for everything the owner creates from now on.
alter default privileges for role salesdesk_owner revoke execute on functions from public;

-- ---------------------------------------------------------------------------
-- Identity and row stamping
-- ---------------------------------------------------------------------------

-- ids: bigint identity. One central server assigns them, so UUIDs buy nothing;
-- bigint keeps indexes small and makes `owner_id = ANY(bigint[])` cheap.

create table if not exists sales.org_units (
    id          bigint generated always as identity primary key,
    parent_id   bigint references sales.org_units (id),
    code        text not null unique check (code ~ '^[A-Za-z0-9_.-]{1,40}$'),
    name        text not null check (btrim(name) <> ''),
    kind        text not null check (kind in ('hq', 'region', 'branch', 'team', 'department')),
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1,
    check (parent_id is distinct from id)
);
create index if not exists org_units_parent_idx on sales.org_units (parent_id);

create table if not exists sales.positions (
    id          bigint generated always as identity primary key,
    code        text not null unique check (code ~ '^[a-z][a-z0-9_]{1,40}$'),
    name        text not null check (btrim(name) <> ''),
    name_en     text,
    level       text not null check (level in ('director', 'manager', 'supervisor', 'salesperson',
                                                 'assistant', 'admin')),
    -- The five scopes users of Chinese CRMs know: 本人 / 本人及下属 / 本部门 / 本部门及下级部门 / 全部
    data_scope  text not null check (data_scope in ('self', 'subordinates', 'unit', 'unit_tree', 'all')),
    permissions text[] not null default '{}',
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1
);

create table if not exists sales.employees (
    id          bigint generated always as identity primary key,
    -- The PostgreSQL LOGIN role this employee signs in as.
    -- collate "C": role names compare byte-wise, and session_user::text carries
    -- collation "C"; with the default collation the login index would not be used.
    login       text collate "C" not null unique check (login ~ '^[a-z][a-z0-9_.]{1,62}$'),
    name        text not null check (btrim(name) <> ''),
    unit_id     bigint not null references sales.org_units (id),
    position_id bigint not null references sales.positions (id),
    manager_id  bigint references sales.employees (id),
    email       text check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    phone       text,
    active      boolean not null default true,
    left_at     timestamptz,
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1,
    check (manager_id is distinct from id)
);
create index if not exists employees_manager_idx on sales.employees (manager_id);
create index if not exists employees_unit_idx on sales.employees (unit_id);

-- The signed-in employee. Identity comes from the LOGIN role (session_user),
-- compared as text: `login = session_user` would compare as `name` and miss the login index.
-- which nothing a client sends can change: SET ROLE changes current_user only,
-- and SET SESSION AUTHORIZATION needs a superuser.
create or replace function private.current_employee_id() returns bigint
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select e.id from sales.employees e where e.login = session_user::text and e.active
$$;

-- The caller's employee id, or an error for a login that is not an active employee:
-- the first line of every API function.
create or replace function private.require_employee() returns bigint
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.current_employee_id();
begin
    if me is null then
        raise exception 'not a salesdesk employee' using errcode = '42501';
    end if;
    return me;
end
$$;

-- Stamps created/updated by/at and bumps `version` (optimistic locking: the
-- client updates `where version = <what it read>`; SQLAlchemy's version_id_col
-- with a server-side generator reads the new value back).
create or replace function private.stamp() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        new.created_at := now();
        new.created_by := private.current_employee_id();
        new.version := 1;
    else
        new.created_at := old.created_at;
        new.created_by := old.created_by;
        new.version := old.version + 1;
    end if;
    new.updated_at := now();
    new.updated_by := private.current_employee_id();
    return new;
end
$$;

-- ---------------------------------------------------------------------------
-- Scope: viewer -> visible owner, precomputed
-- ---------------------------------------------------------------------------

create table if not exists private.visibility (
    viewer_id bigint not null,
    owner_id  bigint not null,
    primary key (viewer_id, owner_id)
);
create table if not exists private.pool_visibility (
    viewer_id bigint not null,
    unit_id   bigint not null,
    primary key (viewer_id, unit_id)
);
-- The same pairs folded into one array per viewer: what the policies read, in a
-- single primary-key lookup instead of aggregating thousands of rows per query.
create table if not exists private.visibility_sets (
    viewer_id    bigint primary key,
    owner_ids    bigint[] not null,
    -- the same ids as ranges: membership is a binary search, not a scan of the array
    owner_ranges int8multirange not null default '{}'
);
revoke all on private.visibility, private.pool_visibility, private.visibility_sets from public;

-- What each employee may see, computed from the org tree in one pass.
--   self          only their own records
--   subordinates  their own and everyone below them in the reporting line
--   unit          that, plus everyone in their own unit
--   unit_tree     that, plus everyone in their unit and its sub-units
--   all           everyone
create or replace function private.compute_visibility()
    returns table (viewer_id bigint, owner_id bigint)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with recursive
    reports (boss_id, emp_id) as (
        select e.id, e.id from sales.employees e
        union
        select r.boss_id, e.id from reports r join sales.employees e on e.manager_id = r.emp_id
    ),
    unit_tree (root_id, unit_id) as (
        select u.id, u.id from sales.org_units u
        union
        select t.root_id, u.id from unit_tree t join sales.org_units u on u.parent_id = t.unit_id
    ),
    viewers as (
        select e.id, e.unit_id, p.data_scope
        from sales.employees e join sales.positions p on p.id = e.position_id
    )
    select v.id, v.id from viewers v
    union
    select v.id, r.emp_id from viewers v join reports r on r.boss_id = v.id
    where v.data_scope <> 'self'
    union
    select v.id, e.id from viewers v join sales.employees e on e.unit_id = v.unit_id
    where v.data_scope in ('unit', 'unit_tree')
    union
    select v.id, e.id from viewers v
        join unit_tree t on t.root_id = v.unit_id
        join sales.employees e on e.unit_id = t.unit_id
    where v.data_scope = 'unit_tree'
    union
    select v.id, e.id from viewers v cross join sales.employees e
    where v.data_scope = 'all'
$$;

-- Which units' customer pools (公海) each employee sees: the pools of their own
-- unit and every unit above it, and of every unit whose people they manage.
create or replace function private.compute_pool_visibility()
    returns table (viewer_id bigint, unit_id bigint)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with recursive
    ancestors (emp_id, unit_id) as (
        select e.id, e.unit_id from sales.employees e
        union
        select a.emp_id, u.parent_id from ancestors a join sales.org_units u on u.id = a.unit_id
        where u.parent_id is not null
    ),
    unit_tree (root_id, unit_id) as (
        select u.id, u.id from sales.org_units u
        union
        select t.root_id, u.id from unit_tree t join sales.org_units u on u.parent_id = t.unit_id
    )
    select a.emp_id, a.unit_id from ancestors a
    union
    select v.viewer_id, e.unit_id from private.visibility v join sales.employees e on e.id = v.owner_id
    union
    select e.id, t.unit_id from sales.employees e
        join sales.positions p on p.id = e.position_id
        join unit_tree t on t.root_id = e.unit_id
    where p.data_scope in ('unit_tree', 'all')
    union
    select e.id, u.id from sales.employees e
        join sales.positions p on p.id = e.position_id
        cross join sales.org_units u
    where p.data_scope = 'all'
$$;

-- Brings the precomputed tables in line with the org tree, touching only the
-- pairs that changed. No business row is rewritten by a reorg.
create or replace function private.refresh_visibility() returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    changed bigint[];
begin
    -- One refresh at a time: concurrent reorgs would otherwise race on the diff.
    -- A table lock, not an advisory lock: any user may take pg_advisory_lock() on the
    -- same key and stall every reorg; nobody but the owner can lock these tables.
    -- EXCLUSIVE still lets policies read them meanwhile.
    lock table private.visibility, private.pool_visibility in exclusive mode;

    if exists (
        with recursive up (start_id, id, depth) as (
            select e.id, e.manager_id, 1 from sales.employees e where e.manager_id is not null
            union all
            select up.start_id, e.manager_id, up.depth + 1
            from up join sales.employees e on e.id = up.id
            where e.manager_id is not null and up.id <> up.start_id and up.depth < 1000
        )
        select 1 from up where up.id = up.start_id
    ) then
        raise exception 'reporting line would form a cycle' using errcode = '23514';
    end if;
    if exists (
        with recursive up (start_id, id, depth) as (
            select u.id, u.parent_id, 1 from sales.org_units u where u.parent_id is not null
            union all
            select up.start_id, u.parent_id, up.depth + 1
            from up join sales.org_units u on u.id = up.id
            where u.parent_id is not null and up.id <> up.start_id and up.depth < 1000
        )
        select 1 from up where up.id = up.start_id
    ) then
        raise exception 'org unit tree would form a cycle' using errcode = '23514';
    end if;

    with fresh as materialized (select * from private.compute_visibility()),
    gone as (
        delete from private.visibility v
        where not exists (select 1 from fresh f where f.viewer_id = v.viewer_id and f.owner_id = v.owner_id)
        returning v.viewer_id
    ),
    added as (
        insert into private.visibility
        select f.viewer_id, f.owner_id from fresh f
        where not exists (select 1 from private.visibility v
                          where v.viewer_id = f.viewer_id and v.owner_id = f.owner_id)
        returning viewer_id
    )
    select coalesce(array_agg(distinct x.viewer_id), '{}') into changed
    from (select viewer_id from gone union all select viewer_id from added) x;

    -- re-fold the arrays of the viewers whose pairs changed (and of any not folded yet)
    delete from private.visibility_sets s
    where not exists (select 1 from private.visibility v where v.viewer_id = s.viewer_id);
    insert into private.visibility_sets (viewer_id, owner_ids, owner_ranges)
    select v.viewer_id, array_agg(v.owner_id order by v.owner_id),
           range_agg(int8range(v.owner_id, v.owner_id, '[]'))
    from private.visibility v
    where v.viewer_id = any (changed)
       or not exists (select 1 from private.visibility_sets s where s.viewer_id = v.viewer_id)
    group by v.viewer_id
    on conflict (viewer_id) do update
        set owner_ids = excluded.owner_ids, owner_ranges = excluded.owner_ranges;

    with fresh as materialized (select * from private.compute_pool_visibility()),
    gone as (
        delete from private.pool_visibility v
        where not exists (select 1 from fresh f where f.viewer_id = v.viewer_id and f.unit_id = v.unit_id)
    )
    insert into private.pool_visibility
    select f.viewer_id, f.unit_id from fresh f
    where not exists (select 1 from private.pool_visibility v
                      where v.viewer_id = f.viewer_id and v.unit_id = f.unit_id);
end
$$;

create or replace function private.refresh_visibility_trigger() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.refresh_visibility();
    return null;
end
$$;

-- ---------------------------------------------------------------------------
-- Policy helpers. Each answers for the caller only (session_user) and is meant
-- to be wrapped as (SELECT fn()) in a policy so it runs once per statement.
-- ---------------------------------------------------------------------------

create or replace function private.visible_owner_ids() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    -- `|| '{}'` hands back a detoasted copy: a stored (compressed) array would be
    -- decompressed again for every row the policy checks.
    select coalesce((select s.owner_ids || '{}'::bigint[] from private.visibility_sets s
                     where s.viewer_id = private.current_employee_id()), '{}')
$$;

-- The same set as ranges, for `owner_id <@ ...` (a binary search per row: the
-- fast path for wide scopes, where `= ANY` over thousands of ids is linear).
create or replace function private.visible_owner_ranges() returns int8multirange
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce((select s.owner_ranges + '{}'::int8multirange from private.visibility_sets s
                     where s.viewer_id = private.current_employee_id()), '{}')
$$;

create or replace function private.sees_all() returns boolean
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce((
        select p.data_scope = 'all'
        from sales.employees e join sales.positions p on p.id = e.position_id
        where e.login = session_user::text and e.active), false)
$$;

create or replace function private.visible_pool_unit_ids() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(array_agg(v.unit_id), '{}')
    from private.pool_visibility v
    where v.viewer_id = private.current_employee_id()
$$;

-- ---------------------------------------------------------------------------
-- Record kinds, shares, ownership history, audit log
-- ---------------------------------------------------------------------------

-- Every kind of owned business record registers here; handover, sharing and
-- transfer work over this list, so later record kinds need no new machinery.
create table if not exists private.record_kinds (
    kind        text primary key,
    table_name  regclass not null unique,
    -- 'owner': the table has owner_id; otherwise the name of the column that
    -- points at the parent kind's id (e.g. contacts.customer_id).
    parent_kind text references private.record_kinds (kind),
    parent_column text,
    check ((parent_kind is null) = (parent_column is null))
);
revoke all on private.record_kinds from public;

-- The owner of any registered record, or null when it does not exist.
-- Reads past RLS; callers compare the answer with the caller's own scope.
create or replace function private.record_owner(p_kind text, p_id bigint) returns bigint
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    result bigint;
begin
    select * into k from private.record_kinds where kind = p_kind;
    if not found then
        return null;
    end if;
    if k.parent_kind is null then
        execute format('select owner_id from %s where id = $1', k.table_name) into result using p_id;
    else
        execute format('select private.record_owner(%L, %I) from %s where id = $1',
                       k.parent_kind, k.parent_column, k.table_name) into result using p_id;
    end if;
    return result;
end
$$;

-- May the caller manage (share, transfer, release) this record?
create or replace function private.manages_record(p_kind text, p_id bigint) returns boolean
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(
        private.sees_all() and private.record_owner(p_kind, p_id) is not null
        or private.record_owner(p_kind, p_id) = any (private.visible_owner_ids()),
        false)
$$;

create table if not exists sales.record_shares (
    id          bigint generated always as identity primary key,
    kind        text not null references private.record_kinds (kind),
    record_id   bigint not null,
    employee_id bigint not null references sales.employees (id),
    access      text not null default 'read' check (access in ('read', 'write')),
    expires_at  timestamptz,
    note        text,
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1,
    unique (kind, record_id, employee_id)
);
create index if not exists record_shares_employee_idx on sales.record_shares (employee_id, kind);

create or replace function private.shared_record_ids(p_kind text, p_write boolean default false)
    returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(array_agg(s.record_id), '{}')
    from sales.record_shares s
    where s.employee_id = private.current_employee_id()
      and s.kind = p_kind
      and (s.expires_at is null or s.expires_at > now())
      and (not p_write or s.access = 'write')
$$;

create table if not exists sales.ownership_history (
    id             bigint generated always as identity primary key,
    kind           text not null references private.record_kinds (kind),
    record_id      bigint not null,
    from_owner_id  bigint references sales.employees (id),
    to_owner_id    bigint references sales.employees (id),
    from_pool_unit_id bigint references sales.org_units (id),
    to_pool_unit_id   bigint references sales.org_units (id),
    reason         text not null,
    changed_at     timestamptz not null default now(),
    changed_by     bigint references sales.employees (id),
    changed_by_login text not null default session_user
);
create index if not exists ownership_history_record_idx on sales.ownership_history (kind, record_id);
create index if not exists ownership_history_from_idx on sales.ownership_history (from_owner_id);
create index if not exists ownership_history_to_idx on sales.ownership_history (to_owner_id);

create table if not exists sales.audit_log (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default now(),
    actor_id     bigint,
    actor_login  text not null default session_user,
    kind         text not null,
    record_id    bigint not null,
    -- the owned record this row belongs to (a contact's customer), for history views
    root_kind    text not null,
    root_id      bigint not null,
    -- owner of the root record at the time: the scope the entry is readable in
    owner_id     bigint,
    op           text not null check (op in ('INSERT', 'UPDATE', 'DELETE')),
    old_values   jsonb,
    new_values   jsonb
);
create index if not exists audit_log_root_idx on sales.audit_log (root_kind, root_id, at);
create index if not exists audit_log_owner_idx on sales.audit_log (owner_id, at);

-- Generic audit + change notification trigger. Arguments: the record kind.
-- NOTIFY carries ids and the kind only; listeners re-read through RLS.
create or replace function private.audit() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    rec jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
    rec_id bigint := (rec ->> 'id')::bigint;
    root_kind text;
    root_id bigint;
    owner bigint;
    old_values jsonb;
    new_values jsonb;
begin
    select * into k from private.record_kinds where kind = tg_argv[0];
    if k.parent_kind is null then
        root_kind := k.kind;
        root_id := rec_id;
        owner := (rec ->> 'owner_id')::bigint;
    else
        root_kind := k.parent_kind;
        root_id := (rec ->> k.parent_column)::bigint;
        owner := private.record_owner(k.parent_kind, root_id);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        old_values := to_jsonb(old);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        new_values := to_jsonb(new);
    end if;
    if tg_op = 'UPDATE' then
        -- keep only the columns that changed (plus nothing else): a readable diff
        select jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, new_values -> o.key)
        into old_values, new_values
        from jsonb_each(old_values) o
        where o.value is distinct from new_values -> o.key
          and o.key not in ('updated_at', 'updated_by', 'version');
        if old_values is null then
            return null;  -- nothing but the stamp changed
        end if;
    end if;
    insert into sales.audit_log (actor_id, kind, record_id, root_kind, root_id, owner_id, op,
                                 old_values, new_values)
    values (private.current_employee_id(), k.kind, rec_id, root_kind, root_id, owner, tg_op,
            old_values, new_values);
    perform pg_notify('salesdesk_changes',
                      json_build_object('kind', k.kind, 'id', rec_id, 'op', tg_op,
                                        'root_kind', root_kind, 'root_id', root_id)::text);
    return null;
end
$$;

-- ---------------------------------------------------------------------------
-- Triggers
-- ---------------------------------------------------------------------------

-- Everything a business table needs, in one call (so a later table cannot miss a
-- part): row-level security enabled AND forced, the stamp trigger (created/updated
-- by/at, version) unless the table is an append-only log, and, for a registered
-- record kind, the audit + change-notification trigger. Policies and grants stay
-- next to each table: they are what differs.
create or replace procedure private.protect_table(p_table regclass, p_stamp boolean default true,
                                                  p_audit_kind text default null)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    execute format('alter table %s enable row level security', p_table);
    execute format('alter table %s force row level security', p_table);
    if p_stamp then
        execute format('drop trigger if exists stamp on %s', p_table);
        execute format('create trigger stamp before insert or update on %s
                        for each row execute function private.stamp()', p_table);
    end if;
    if p_audit_kind is not null then
        execute format('drop trigger if exists audit on %s', p_table);
        execute format('create trigger audit after insert or update or delete on %s
                        for each row execute function private.audit(%L)', p_table, p_audit_kind);
    end if;
end
$$;

call private.protect_table('sales.org_units');
call private.protect_table('sales.positions');
call private.protect_table('sales.employees');
call private.protect_table('sales.record_shares');
call private.protect_table('sales.ownership_history', p_stamp => false);
call private.protect_table('sales.audit_log', p_stamp => false);

drop trigger if exists refresh_visibility on sales.employees;
create trigger refresh_visibility
    after insert or delete or update of manager_id, unit_id, position_id, active on sales.employees
    for each statement execute function private.refresh_visibility_trigger();
drop trigger if exists refresh_visibility on sales.org_units;
create trigger refresh_visibility
    after insert or delete or update of parent_id on sales.org_units
    for each statement execute function private.refresh_visibility_trigger();
drop trigger if exists refresh_visibility on sales.positions;
create trigger refresh_visibility
    after insert or delete or update of data_scope on sales.positions
    for each statement execute function private.refresh_visibility_trigger();

create or replace function private.notify_share() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    r sales.record_shares := case when tg_op = 'DELETE' then old else new end;
begin
    perform pg_notify('salesdesk_changes',
                      json_build_object('kind', 'share', 'id', r.id, 'op', tg_op,
                                        'root_kind', r.kind, 'root_id', r.record_id,
                                        'employee_id', r.employee_id)::text);
    return null;
end
$$;
drop trigger if exists notify_share on sales.record_shares;
create trigger notify_share after insert or update or delete on sales.record_shares
    for each row execute function private.notify_share();

-- ---------------------------------------------------------------------------
-- Row-level security and grants
-- ---------------------------------------------------------------------------

-- The organisation chart is the company directory: every signed-in employee may
-- read it (sharing and delegation reach across units and regions). Business
-- records, not the directory, carry the data scope. Changes go through the admin.
drop policy if exists "employees read the org chart" on sales.org_units;
create policy "employees read the org chart" on sales.org_units
    for select to salesdesk_user using ((select private.current_employee_id()) is not null);
drop policy if exists "employees read the positions" on sales.positions;
create policy "employees read the positions" on sales.positions
    for select to salesdesk_user using ((select private.current_employee_id()) is not null);
drop policy if exists "employees read the staff directory" on sales.employees;
create policy "employees read the staff directory" on sales.employees
    for select to salesdesk_user using ((select private.current_employee_id()) is not null);

drop policy if exists "a share is seen by its recipient and by the record's managers"
    on sales.record_shares;
create policy "a share is seen by its recipient and by the record's managers"
    on sales.record_shares for select to salesdesk_user
    using (employee_id = (select private.current_employee_id())
           or private.manages_record(kind, record_id));
drop policy if exists "those who manage a record share it" on sales.record_shares;
create policy "those who manage a record share it" on sales.record_shares
    for insert to salesdesk_user
    with check (private.manages_record(kind, record_id));
drop policy if exists "those who manage a record change its shares" on sales.record_shares;
create policy "those who manage a record change its shares" on sales.record_shares
    for update to salesdesk_user
    using (private.manages_record(kind, record_id))
    with check (private.manages_record(kind, record_id));
drop policy if exists "a share is removed by its recipient or the record's managers"
    on sales.record_shares;
create policy "a share is removed by its recipient or the record's managers"
    on sales.record_shares for delete to salesdesk_user
    using (employee_id = (select private.current_employee_id())
           or private.manages_record(kind, record_id));

drop policy if exists "ownership history is read within scope" on sales.ownership_history;
create policy "ownership history is read within scope" on sales.ownership_history
    for select to salesdesk_user
    using ((select private.sees_all())
           or from_owner_id = any ((select private.visible_owner_ids())::bigint[])
           or to_owner_id = any ((select private.visible_owner_ids())::bigint[]));

drop policy if exists "the audit log is read within scope" on sales.audit_log;
create policy "the audit log is read within scope" on sales.audit_log
    for select to salesdesk_user
    using ((select private.sees_all())
           or owner_id = any ((select private.visible_owner_ids())::bigint[]));

grant select on sales.org_units, sales.positions, sales.employees to salesdesk_user;
grant select, delete on sales.record_shares to salesdesk_user;
grant insert (kind, record_id, employee_id, access, expires_at, note) on sales.record_shares
    to salesdesk_user;
grant update (access, expires_at, note) on sales.record_shares to salesdesk_user;
grant select on sales.ownership_history, sales.audit_log to salesdesk_user;

revoke all on all functions in schema private from public;
grant execute on function private.current_employee_id(), private.visible_owner_ids(),
    private.visible_owner_ranges(),
    private.sees_all(), private.visible_pool_unit_ids(), private.shared_record_ids(text, boolean),
    private.manages_record(text, bigint)
    to salesdesk_user;

-- The standard positions. More levels are more rows, not code.
insert into sales.positions (code, name, name_en, level, data_scope) values
    ('director',    '销售总监', 'Sales director',   'director',    'all'),
    ('manager',     '销售经理', 'Sales manager',    'manager',     'unit_tree'),
    ('supervisor',  '销售主管', 'Sales supervisor', 'supervisor',  'subordinates'),
    ('salesperson', '销售代表', 'Salesperson',      'salesperson', 'self'),
    ('assistant',   '销售助理', 'Sales assistant',  'assistant',   'unit'),
    ('admin',       '系统管理员', 'Administrator',  'admin',       'all')
on conflict (code) do nothing;

-- ---------------------------------------------------------------------------
-- API for the client
-- ---------------------------------------------------------------------------

drop function if exists sales.whoami();  -- its result columns grew; OUT columns can't be replaced
create function sales.whoami()
    returns table (employee_id bigint, login text, name text, unit_id bigint, unit_name text,
                   position_name text, level text, data_scope text, position_name_en text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select e.id, e.login, e.name, u.id, u.name, p.name, p.level, p.data_scope, p.name_en
    from sales.employees e
        join sales.org_units u on u.id = e.unit_id
        join sales.positions p on p.id = e.position_id
    where e.login = session_user::text and e.active
$$;

create or replace function sales.schema_version() returns text
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select string_agg(version_num, ',') from private.alembic_version
$$;

-- Employees the caller may assign records to: everyone in their scope.
create or replace function sales.assignable_employees()
    returns table (id bigint, login text, name text, unit_id bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select e.id, e.login, e.name, e.unit_id
    from sales.employees e
    where e.active
      and (private.sees_all() or e.id = any (private.visible_owner_ids()))
    order by e.name
$$;

-- Move a record to another owner inside the caller's scope; written to history.
-- A hidden record and a missing one answer the same way.
create or replace function sales.transfer_record(p_kind text, p_id bigint, p_new_owner bigint,
                                                 p_reason text)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    old_owner bigint;
    old_pool_unit bigint;
    has_pool boolean;
begin
    perform private.require_employee();
    select * into k from private.record_kinds where kind = p_kind and parent_kind is null;
    if not found then
        raise exception 'unknown record kind' using errcode = '22023';
    end if;
    has_pool := exists (select 1 from pg_attribute
                        where attrelid = k.table_name and attname = 'pool_id' and not attisdropped);
    if has_pool then
        execute format('select r.owner_id, p.unit_id from %s r left join sales.customer_pools p
                        on p.id = r.pool_id where r.id = $1 for update of r', k.table_name)
            into old_owner, old_pool_unit using p_id;
    else
        execute format('select owner_id from %s where id = $1 for update', k.table_name)
            into old_owner using p_id;
    end if;
    -- coalesce: with old_owner null (a pool record, or no record at all) the test is NULL,
    -- and `if not NULL` does not raise: a missing id succeeded and any pool record,
    -- in any region, could be taken by anyone (found by tests/test_rls_adversarial.py).
    if not coalesce(
            private.sees_all() and (old_owner is not null or old_pool_unit is not null)
            or old_owner = any (private.visible_owner_ids())
            or old_owner is null and old_pool_unit = any (private.visible_pool_unit_ids())
               and (select p.data_scope from sales.employees e join sales.positions p
                    on p.id = e.position_id where e.id = private.current_employee_id()) <> 'self',
            false) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if not exists (select 1 from sales.employees e where e.id = p_new_owner and e.active
                   and (private.sees_all() or e.id = any (private.visible_owner_ids()))) then
        raise exception 'the new owner is not in your scope' using errcode = '42501';
    end if;
    if coalesce(btrim(p_reason), '') = '' then
        raise exception 'a reason is required' using errcode = '23514';
    end if;
    if has_pool then
        execute format('update %s set owner_id = $1, pool_id = null where id = $2', k.table_name)
            using p_new_owner, p_id;
    else
        execute format('update %s set owner_id = $1 where id = $2', k.table_name)
            using p_new_owner, p_id;
    end if;
    insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id,
                                         from_pool_unit_id, reason, changed_by)
    values (p_kind, p_id, old_owner, p_new_owner, old_pool_unit, p_reason,
            private.current_employee_id());
end
$$;

-- Hand everything an employee owns to a successor (or, for records with a pool,
-- to the pool of the employee's unit) in one transaction. Used by the admin CLI
-- when someone leaves; shares they received pass to the successor.
create or replace function private.handover(p_from bigint, p_to bigint, p_reason text)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    moved integer := 0;
    n integer;
    has_pool boolean;
    pool bigint;
    pool_unit bigint;
begin
    -- Admin-only (EXECUTE is not granted to users); checked here as well, because a
    -- definer function that forgets its grant would otherwise hand anyone's records to anyone.
    if not pg_has_role(session_user, 'salesdesk_owner', 'member') then
        raise exception 'permission denied for function handover' using errcode = '42501';
    end if;
    for k in select * from private.record_kinds where parent_kind is null order by kind loop
        has_pool := exists (select 1 from pg_attribute
                            where attrelid = k.table_name and attname = 'pool_id' and not attisdropped);
        if p_to is not null then
            execute format('with moved as (update %s set owner_id = $1 where owner_id = $2 returning id)
                            insert into sales.ownership_history
                                (kind, record_id, from_owner_id, to_owner_id, reason, changed_by)
                            select $3, id, $2, $1, $4, private.current_employee_id() from moved',
                           k.table_name)
                using p_to, p_from, k.kind, p_reason;
        elsif has_pool then
            select cp.id, cp.unit_id into pool, pool_unit
            from sales.employees e, private.unit_pool(e.unit_id) cp
            where e.id = p_from;
            if pool is null then
                raise exception 'no customer pool above the employee''s unit' using errcode = '23514';
            end if;
            execute format('with moved as (update %s set owner_id = null, pool_id = $1
                                           where owner_id = $2 returning id)
                            insert into sales.ownership_history
                                (kind, record_id, from_owner_id, to_pool_unit_id, reason, changed_by)
                            select $3, id, $2, $5, $4, private.current_employee_id() from moved',
                           k.table_name)
                using pool, p_from, k.kind, p_reason, pool_unit;
        else
            raise exception 'records of kind % need a successor', k.kind using errcode = '23514';
        end if;
        get diagnostics n = row_count;
        moved := moved + n;
    end loop;
    if p_to is not null then
        update sales.record_shares s set employee_id = p_to
        where s.employee_id = p_from
          and not exists (select 1 from sales.record_shares t
                          where t.kind = s.kind and t.record_id = s.record_id and t.employee_id = p_to);
    end if;
    delete from sales.record_shares where employee_id = p_from;
    return moved;
end
$$;

revoke all on all functions in schema sales from public;
grant execute on function sales.whoami(), sales.schema_version(), sales.assignable_employees(),
    sales.transfer_record(text, bigint, bigint, text)
    to salesdesk_user;
