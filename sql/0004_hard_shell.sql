-- 0004 the hard shell: employees reach data only through the API schema.
--
-- Until 0003 employees held SELECT (and some writes) on the tables, with row-level security
-- deciding the rows. PostgreSQL runs leakproof predicates a user writes (text, bigint, time
-- comparisons) before the policies, so EXPLAIN (ANALYZE) and the session's statistics told
-- whether a hidden row matched: hidden names were read bit by bit. From here on:
--   * employees (salesdesk_user) hold no privilege on any table, view, sequence or function of
--     `sales` and `private`; they may use the `api` schema only (functions and read views);
--   * `api` belongs to salesdesk_api: NOLOGIN, no BYPASSRLS, not the table owner, so the
--     policies (now written for salesdesk_api) still decide every row; identity still comes
--     from session_user;
--   * every business table comes from one declaration (private.declare_kind): policies per
--     command, grants, stamps, audit, change feed, shares and hand-over follow from it.
-- This file holds the machinery; the API functions are in 0006, the customer kinds in 0007.

-- ---------------------------------------------------------------------------
-- Nothing for employees outside the API (as the superuser running the migration: some of
-- these objects, e.g. Alembic's version table, are not the owner's yet)
-- ---------------------------------------------------------------------------
revoke all on all tables in schema sales from salesdesk_user, public;
revoke all on all sequences in schema sales from salesdesk_user, public;
revoke all on all functions in schema sales from salesdesk_user, public;
revoke all on all tables in schema private from salesdesk_user, public;
revoke all on all functions in schema private from salesdesk_user, public;
revoke usage on schema sales, private from salesdesk_user;
-- Every table of private enables and forces row-level security too, with no policy: only
-- BYPASSRLS (the owner, running the definer helpers) reads it, whatever a later grant says.
do $$
declare
    t regclass;
begin
    for t in select c.oid::regclass from pg_class c
             where c.relnamespace = 'private'::regnamespace and c.relkind in ('r', 'p') loop
        execute format('alter table %s enable row level security, force row level security', t);
    end loop;
end
$$;
set local role salesdesk_owner;
-- The policies were written for salesdesk_user; all of them are re-created below (and by the
-- kind declarations) for the API role.
do $$
declare
    pol record;
begin
    for pol in select schemaname, tablename, policyname from pg_policies
               where schemaname in ('sales', 'private') loop
        execute format('drop policy %I on %I.%I', pol.policyname, pol.schemaname, pol.tablename);
    end loop;
end
$$;
-- the old entry points live on in `api` (0006)
drop function if exists sales.whoami();
drop function if exists sales.schema_version();
drop function if exists sales.assignable_employees();
drop function if exists sales.transfer_record(text, bigint, bigint, text);
drop function if exists sales.claim_customer(bigint);
drop function if exists sales.release_customer(bigint, text);
drop function if exists private.can_edit_customer(bigint);
drop function if exists private.manages_record(text, bigint);

grant usage on schema sales, private to salesdesk_api;
alter default privileges for role salesdesk_owner in schema sales revoke all on tables from public;
alter default privileges for role salesdesk_owner in schema private revoke all on tables from public;

-- ---------------------------------------------------------------------------
-- Scope, with "may hand on": who stands above whom
-- ---------------------------------------------------------------------------

-- A visible owner is handed on by the viewer when the viewer is that owner, or stands above
-- them: the owner reports to the viewer (at any depth), or the owner's unit lies strictly
-- below the viewer's unit. A peer in the same unit, or someone below the owner, sees the
-- owner's records (if their scope says so) but never hands them on. The one rule, computed
-- once per reorganisation.
alter table private.visibility add column if not exists hands_on boolean not null default false;
alter table private.visibility_sets add column if not exists managed_ids bigint[] not null default '{}';
alter table private.pool_visibility add column if not exists manages boolean not null default false;

drop function if exists private.compute_visibility();
create function private.compute_visibility()
    returns table (viewer_id bigint, owner_id bigint, hands_on boolean)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with recursive
    reports (boss_id, emp_id) as (
        select e.manager_id, e.id from sales.employees e where e.manager_id is not null
        union
        select r.boss_id, e.id from reports r join sales.employees e on e.manager_id = r.emp_id
    ),
    below (root_id, unit_id) as (   -- units strictly below a unit
        select u.parent_id, u.id from sales.org_units u where u.parent_id is not null
        union
        select b.root_id, u.id from below b join sales.org_units u on u.parent_id = b.unit_id
    ),
    viewers as (
        select e.id, e.unit_id, p.data_scope
        from sales.employees e join sales.positions p on p.id = e.position_id
    ),
    pairs (viewer_id, owner_id, hands_on) as (
        select v.id, v.id, true from viewers v
        union all
        select v.id, r.emp_id, true from viewers v join reports r on r.boss_id = v.id
        where v.data_scope <> 'self'
        union all
        select v.id, e.id, false from viewers v join sales.employees e on e.unit_id = v.unit_id
        where v.data_scope in ('unit', 'unit_tree')
        union all
        select v.id, e.id, true from viewers v
            join below b on b.root_id = v.unit_id
            join sales.employees e on e.unit_id = b.unit_id
        where v.data_scope in ('unit_tree', 'all')
        union all
        select v.id, e.id, false from viewers v cross join sales.employees e
        where v.data_scope = 'all'
    )
    select p.viewer_id, p.owner_id, bool_or(p.hands_on) from pairs p group by p.viewer_id, p.owner_id
$$;

-- Pools (公海): seen by the people of the pool's unit and every unit below it, by those whose
-- scope covers someone in its unit, and by unit_tree/all scopes over it. Managed (records
-- handed out of it, edited, shared) by unit_tree/all scopes at or above the pool's unit.
drop function if exists private.compute_pool_visibility();
create function private.compute_pool_visibility()
    returns table (viewer_id bigint, unit_id bigint, manages boolean)
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
    ),
    pairs (viewer_id, unit_id, manages) as (
        select a.emp_id, a.unit_id, false from ancestors a
        union all
        select v.viewer_id, e.unit_id, false
        from private.visibility v join sales.employees e on e.id = v.owner_id
        union all
        select e.id, t.unit_id, true from sales.employees e
            join sales.positions p on p.id = e.position_id
            join unit_tree t on t.root_id = e.unit_id
        where p.data_scope in ('unit_tree', 'all')
        union all
        select e.id, u.id, true from sales.employees e
            join sales.positions p on p.id = e.position_id
            cross join sales.org_units u
        where p.data_scope = 'all'
    )
    select p.viewer_id, p.unit_id, bool_or(p.manages) from pairs p group by p.viewer_id, p.unit_id
$$;

create or replace function private.refresh_visibility() returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    changed bigint[];
begin
    -- One refresh at a time (a table lock: nobody but the owner can take it; EXCLUSIVE still
    -- lets the policies read these tables meanwhile).
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
    flipped as (
        update private.visibility v set hands_on = f.hands_on
        from fresh f
        where f.viewer_id = v.viewer_id and f.owner_id = v.owner_id and f.hands_on <> v.hands_on
        returning v.viewer_id
    ),
    added as (
        insert into private.visibility (viewer_id, owner_id, hands_on)
        select f.viewer_id, f.owner_id, f.hands_on from fresh f
        where not exists (select 1 from private.visibility v
                          where v.viewer_id = f.viewer_id and v.owner_id = f.owner_id)
        returning viewer_id
    )
    select coalesce(array_agg(distinct x.viewer_id), '{}') into changed
    from (select viewer_id from gone union all select viewer_id from flipped
          union all select viewer_id from added) x;

    delete from private.visibility_sets s
    where not exists (select 1 from private.visibility v where v.viewer_id = s.viewer_id);
    insert into private.visibility_sets (viewer_id, owner_ids, owner_ranges, managed_ids)
    select v.viewer_id, array_agg(v.owner_id order by v.owner_id),
           range_agg(int8range(v.owner_id, v.owner_id, '[]')),
           coalesce(array_agg(v.owner_id order by v.owner_id) filter (where v.hands_on), '{}')
    from private.visibility v
    where v.viewer_id = any (changed)
       or not exists (select 1 from private.visibility_sets s where s.viewer_id = v.viewer_id)
    group by v.viewer_id
    on conflict (viewer_id) do update
        set owner_ids = excluded.owner_ids, owner_ranges = excluded.owner_ranges,
            managed_ids = excluded.managed_ids;

    with fresh as materialized (select * from private.compute_pool_visibility()),
    gone as (
        delete from private.pool_visibility v
        where not exists (select 1 from fresh f where f.viewer_id = v.viewer_id and f.unit_id = v.unit_id)
    ),
    flipped as (
        update private.pool_visibility v set manages = f.manages
        from fresh f
        where f.viewer_id = v.viewer_id and f.unit_id = v.unit_id and f.manages <> v.manages
    )
    insert into private.pool_visibility (viewer_id, unit_id, manages)
    select f.viewer_id, f.unit_id, f.manages from fresh f
    where not exists (select 1 from private.pool_visibility v
                      where v.viewer_id = f.viewer_id and v.unit_id = f.unit_id);
end
$$;

-- The first line of every API function: the caller's employee id, or an error for a login that
-- is not an active employee, and for a statement under EXPLAIN. The function boundary hides the
-- plan, not the cost: EXPLAIN (ANALYZE) reports the buffers a function touched inside, hidden rows
-- included (api.customer_get of a hidden id: 22 buffers, of a missing one: 3; a count with a
-- search term a hidden customer holds: 49, with one nobody holds: 28), which reads hidden names
-- through the search index as surely as the plans did. current_query() is the client's own
-- statement text (a keyword cannot be quoted or escaped); DO blocks, the one way to run a
-- statement whose text it cannot see, are closed to employees (database.sql). EXPLAIN without
-- ANALYZE never runs the function and still works.
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
    if current_query() ~* '\mexplain\M' then
        raise exception 'EXPLAIN ANALYZE is not available for the API' using errcode = '42501';
    end if;
    return me;
end
$$;

-- Owners whose records the caller may hand on (themselves included): the one rule.
create or replace function private.managed_owner_ids() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce((select s.managed_ids || '{}'::bigint[] from private.visibility_sets s
                     where s.viewer_id = private.current_employee_id()), '{}')
$$;

-- Pools the caller manages.
create or replace function private.managed_pool_ids() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(array_agg(p.id), '{}')
    from private.pool_visibility v join sales.customer_pools p on p.unit_id = v.unit_id
    where v.viewer_id = private.current_employee_id() and v.manages
$$;

-- May the caller hand on (transfer, release, share, edit as a pool) a record held by this owner
-- or sitting in this pool? The one rule, for every kind.
create or replace function private.may_hand_on(p_owner_id bigint, p_pool_id bigint) returns boolean
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select case
        when p_owner_id is not null then p_owner_id = any (private.managed_owner_ids())
        when p_pool_id is not null then p_pool_id = any (private.managed_pool_ids())
        else false
    end
$$;

-- Shares count until they expire, at the time of the statement (not of the transaction: a
-- long transaction must not keep an expired share alive).
create or replace function private.shared_record_ids(p_kind text, p_write boolean default false)
    returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(array_agg(s.record_id), '{}')
    from sales.record_shares s
    where s.employee_id = private.current_employee_id()
      and s.kind = p_kind
      and (s.expires_at is null or s.expires_at > statement_timestamp())
      and (not p_write or s.access = 'write')
$$;

-- ---------------------------------------------------------------------------
-- Stamps
-- ---------------------------------------------------------------------------

-- The stamp trigger learns which columns are computed (trigger arguments): an update that
-- changes only those (a contact's new mobile refreshing its customer's search terms) is not
-- a change of the record — no new version, no stamp.
drop procedure if exists private.protect_table(regclass, boolean, text);
create or replace procedure private.protect_table(p_table regclass, p_stamp boolean default true,
                                                  p_audit_kind text default null,
                                                  p_derived text[] default '{}')
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    execute format('alter table %s enable row level security', p_table);
    execute format('alter table %s force row level security', p_table);
    if p_stamp then
        execute format('drop trigger if exists stamp on %s', p_table);
        execute format('create trigger stamp before insert or update on %s
                        for each row execute function private.stamp(%s)', p_table,
                       (select string_agg(quote_literal(d), ', ') from unnest(p_derived) d));
    end if;
    if p_audit_kind is not null then
        execute format('drop trigger if exists audit on %s', p_table);
        execute format('create trigger audit after insert or update or delete on %s
                        for each row execute function private.audit(%L)', p_table, p_audit_kind);
    end if;
end
$$;

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
        if tg_nargs > 0 and (to_jsonb(new) - tg_argv) = (to_jsonb(old) - tg_argv) then
            return new;  -- only computed columns changed
        end if;
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
-- Record kinds: one declaration each
-- ---------------------------------------------------------------------------
alter table private.record_kinds
    add column if not exists owner_column text,
    add column if not exists pool_column text,
    add column if not exists shares boolean not null default false,
    add column if not exists archivable boolean not null default false,
    add column if not exists deletable boolean not null default false,
    -- columns users write on create / on update (through the API's record_create/update)
    add column if not exists insertable text[] not null default '{}',
    add column if not exists writable text[] not null default '{}',
    -- computed columns the audit diff leaves out
    add column if not exists derived text[] not null default '{}',
    -- list API: sort key -> column, exact-match filter columns, has search columns
    add column if not exists sorts jsonb not null default '{}',
    add column if not exists filters text[] not null default '{}',
    add column if not exists search boolean not null default false,
    -- the API read view for psql / ODBC / BI tools
    add column if not exists view_name text,
    -- generated by declare_kind: the row conditions the policies and the API use
    add column if not exists read_check text,
    add column if not exists write_check text,
    add column if not exists hand_on_check text;

-- The SQL condition for "the caller may read / write / hand on this row" of a kind, over the
-- kind's own columns. Written once, here; the policies and the list API splice them in.
create or replace function private.kind_checks(k private.record_kinds,
                                               out read_check text, out write_check text,
                                               out hand_on_check text)
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    parent private.record_kinds;
begin
    if k.parent_kind is null then
        read_check := format(
            '(select private.sees_all()) or %1$I = any ((select private.visible_owner_ids())::bigint[])',
            k.owner_column);
        write_check := read_check;
        if k.pool_column is not null then
            read_check := read_check || format(
                ' or %1$I = any ((select private.visible_pool_ids())::bigint[])', k.pool_column);
            -- pool records are edited by whoever manages the pool
            write_check := write_check || format(
                ' or %1$I = any ((select private.managed_pool_ids())::bigint[])', k.pool_column);
        end if;
        if k.shares then
            read_check := read_check || format(
                ' or id = any ((select private.shared_record_ids(%1$L))::bigint[])', k.kind);
            write_check := write_check || format(
                ' or id = any ((select private.shared_record_ids(%1$L, true))::bigint[])', k.kind);
        end if;
        hand_on_check := format('%1$I = any ((select private.managed_owner_ids())::bigint[])',
                                k.owner_column);
        if k.pool_column is not null then
            hand_on_check := hand_on_check || format(
                ' or %1$I is null and %2$I = any ((select private.managed_pool_ids())::bigint[])',
                k.owner_column, k.pool_column);
        end if;
    else
        select * into parent from private.record_kinds where kind = k.parent_kind;
        -- A child row is seen when its parent is, written when its parent may be written, and
        -- so on: the parent's own condition inside a subquery over the parent table (where its
        -- unqualified columns resolve to the parent), which the parent's policy also filters.
        read_check := format('exists (select 1 from %1$s where %1$s.id = %2$s.%3$I)',
                             parent.table_name, k.table_name, k.parent_column);
        write_check := format('exists (select 1 from %1$s where %1$s.id = %2$s.%3$I and (%4$s))',
                              parent.table_name, k.table_name, k.parent_column, parent.write_check);
        hand_on_check := format('exists (select 1 from %1$s where %1$s.id = %2$s.%3$I and (%4$s))',
                                parent.table_name, k.table_name, k.parent_column, parent.hand_on_check);
    end if;
end
$$;

-- Declare a kind of business record. Idempotent (re-run by later migrations to change it).
--   owned kind:  p_owner_column (and p_pool_column for kinds with pools); p_shares
--   child kind:  p_parent_kind + p_parent_column (seen and edited with the parent)
create or replace procedure private.declare_kind(
    p_kind text, p_table regclass, p_view_name text,
    p_owner_column text default null, p_pool_column text default null,
    p_parent_kind text default null, p_parent_column text default null,
    p_shares boolean default false, p_archivable boolean default false,
    p_deletable boolean default false,
    p_insertable text[] default '{}', p_writable text[] default '{}', p_derived text[] default '{}',
    p_sorts jsonb default '{}', p_filters text[] default '{}', p_search boolean default false)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    checks record;
    pol record;
    cols text[];
begin
    if (p_parent_kind is null) = (p_owner_column is null) then
        raise exception 'kind %: give an owner column or a parent kind', p_kind;
    end if;
    insert into private.record_kinds (kind, table_name, parent_kind, parent_column, owner_column,
                                      pool_column, shares, archivable, deletable, insertable,
                                      writable, derived, sorts, filters, search, view_name)
    values (p_kind, p_table, p_parent_kind, p_parent_column, p_owner_column, p_pool_column,
            p_shares, p_archivable, p_deletable, p_insertable, p_writable, p_derived, p_sorts,
            p_filters, p_search, p_view_name)
    on conflict (kind) do update set
        table_name = excluded.table_name, parent_kind = excluded.parent_kind,
        parent_column = excluded.parent_column, owner_column = excluded.owner_column,
        pool_column = excluded.pool_column, shares = excluded.shares,
        archivable = excluded.archivable, deletable = excluded.deletable,
        insertable = excluded.insertable, writable = excluded.writable, derived = excluded.derived,
        sorts = excluded.sorts, filters = excluded.filters, search = excluded.search,
        view_name = excluded.view_name;
    select * into k from private.record_kinds where kind = p_kind;
    checks := private.kind_checks(k);
    update private.record_kinds
    set read_check = checks.read_check, write_check = checks.write_check,
        hand_on_check = checks.hand_on_check
    where kind = p_kind;

    call private.protect_table(p_table, p_audit_kind => p_kind, p_derived => p_derived);

    -- policies: exactly these, one per command, for the API role
    for pol in select polname from pg_policy where polrelid = p_table loop
        execute format('drop policy %I on %s', pol.polname, p_table);
    end loop;
    execute format('create policy %I on %s for select to salesdesk_api using (%s)',
                   'the API reads ' || p_kind || ' rows the caller may see', p_table, checks.read_check);
    execute format('create policy %I on %s for insert to salesdesk_api with check (%s)',
                   'the API adds ' || p_kind || ' rows the caller may write', p_table,
                   checks.write_check);
    execute format('create policy %I on %s for update to salesdesk_api using (%s) with check (%s)',
                   'the API changes ' || p_kind || ' rows the caller may write', p_table,
                   checks.write_check, checks.write_check);
    if p_deletable then
        execute format('create policy %I on %s for delete to salesdesk_api using (%s)',
                       'the API removes ' || p_kind || ' rows the caller may write', p_table,
                       checks.write_check);
    end if;

    -- grants: the API role reads the table and writes the declared columns; owner, pool and
    -- the parent change only through the definer functions that apply the hand-on rule
    execute format('revoke all on %s from public, salesdesk_user, salesdesk_api', p_table);
    execute format('grant select on %s to salesdesk_api', p_table);
    cols := array(select distinct c from unnest(p_insertable || p_writable
                                                 || array[p_owner_column, p_pool_column]) c
                  where c is not null);
    if cardinality(cols) > 0 then
        execute format('grant insert (%s) on %s to salesdesk_api',
                       (select string_agg(quote_ident(c), ', ') from unnest(cols) c), p_table);
    end if;
    cols := p_writable || case when p_archivable then array['archived_at'] else '{}' end;
    if cardinality(cols) > 0 then
        execute format('grant update (%s) on %s to salesdesk_api',
                       (select string_agg(quote_ident(c), ', ') from unnest(cols) c), p_table);
    end if;
    if p_deletable then
        execute format('grant delete on %s to salesdesk_api', p_table);
    end if;

    call private.apply_log_policies();
end
$$;

-- ---------------------------------------------------------------------------
-- Logs: audit, ownership history, the change feed
-- ---------------------------------------------------------------------------

-- What changed, for the live updates (read through api.changes_since). No data, only ids.
-- `subject_id` names the employee a change is about (a share's recipient, a new owner), so
-- that person learns of it even once the record is out of their sight.
create table if not exists private.changes (
    seq        bigint generated always as identity primary key,
    at         timestamptz not null default clock_timestamp(),
    kind       text not null,
    record_id  bigint not null,
    root_kind  text not null,
    root_id    bigint not null,
    op         text not null check (op in ('INSERT', 'UPDATE', 'DELETE')),
    subject_id bigint
);
create index if not exists changes_at_idx on private.changes (at);
alter table private.changes enable row level security;
alter table private.changes force row level security;
revoke all on private.changes from public;
grant select on private.changes to salesdesk_api;

-- Audit, ownership history and changes are readable exactly when their record is readable
-- now (before: when its owner *at the time* was in scope — after a reorg, a supervisor read
-- entries of customers they no longer see). One CASE over the declared kinds; regenerated
-- whenever a kind is declared.
create or replace procedure private.apply_log_policies()
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    by_root text;
    by_kind text;
begin
    select 'case root_kind ' || coalesce(string_agg(format(
               'when %L then exists (select 1 from %s r where r.id = root_id)', kind, table_name),
               ' ' order by kind), '') || ' else false end',
           'case kind ' || coalesce(string_agg(format(
               'when %L then exists (select 1 from %s r where r.id = record_id)', kind, table_name),
               ' ' order by kind), '') || ' else false end'
    into by_root, by_kind
    from private.record_kinds where parent_kind is null;

    drop policy if exists "the audit log is read within scope" on sales.audit_log;
    drop policy if exists "audit entries are read while their record is" on sales.audit_log;
    -- ... except an entry about a share (who got it, until when): it is read by whoever would see
    -- the share itself, its recipient or whoever may hand the record on (else a read-share
    -- recipient, or a peer of the owner, read through the audit the shares api.record_shares hides)
    execute format('create policy "audit entries are read while their record is" on sales.audit_log '
                   'for select to salesdesk_api using ((%s) and (kind <> ''share'' '
                   'or (select private.current_employee_id()) in ((old_values ->> ''employee_id'')::bigint, '
                   '(new_values ->> ''employee_id'')::bigint) '
                   'or (select private.may_hand_on(h.owner_id, h.pool_id) '
                   'from private.record_holder(root_kind, root_id) h)))', by_root);
    drop policy if exists "ownership history is read within scope" on sales.ownership_history;
    drop policy if exists "ownership history is read while its record is" on sales.ownership_history;
    execute format('create policy "ownership history is read while its record is" '
                   'on sales.ownership_history for select to salesdesk_api using (%s)', by_kind);
    drop policy if exists "changes are read while their record is, or by their subject"
        on private.changes;
    execute format('create policy "changes are read while their record is, or by their subject" '
                   'on private.changes for select to salesdesk_api '
                   'using (subject_id = (select private.current_employee_id()) or %s)', by_root);
end
$$;

grant select on sales.audit_log, sales.ownership_history to salesdesk_api;

-- Generic audit + change-feed trigger. Argument: the record kind. No NOTIFY: a write never
-- depends on the notification queue (a user who fills it must not make writes fail).
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
    subject bigint;
    old_values jsonb;
    new_values jsonb;
    skip text[];
begin
    select * into k from private.record_kinds where kind = tg_argv[0];
    skip := array['updated_at', 'updated_by', 'version'] || k.derived;
    if k.parent_kind is null then
        root_kind := k.kind;
        root_id := rec_id;
        owner := (rec ->> coalesce(k.owner_column, 'owner_id'))::bigint;
    else
        root_kind := k.parent_kind;
        root_id := (rec ->> k.parent_column)::bigint;
        owner := private.record_owner(k.parent_kind, root_id);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        old_values := to_jsonb(old) - skip;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        new_values := to_jsonb(new) - skip;
    end if;
    if tg_op = 'UPDATE' then
        select jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, new_values -> o.key)
        into old_values, new_values
        from jsonb_each(old_values) o
        where o.value is distinct from new_values -> o.key;
        if old_values is null then
            return null;  -- nothing but stamps or computed columns changed
        end if;
        if k.parent_kind is null and new_values ? coalesce(k.owner_column, 'owner_id') then
            subject := owner;  -- the new owner
        end if;
    end if;
    insert into sales.audit_log (actor_id, kind, record_id, root_kind, root_id, owner_id, op,
                                 old_values, new_values)
    values (private.current_employee_id(), k.kind, rec_id, root_kind, root_id, owner, tg_op,
            old_values, new_values);
    insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
    values (k.kind, rec_id, root_kind, root_id, tg_op, subject);
    return null;
end
$$;

-- Shares: audited and in the change feed (their recipient is the subject), checked by the
-- database itself: a share goes to an active employee other than the record's owner.
drop trigger if exists notify_share on sales.record_shares;
drop function if exists private.notify_share();

create or replace function private.share_changed() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    r sales.record_shares := case when tg_op = 'DELETE' then old else new end;
begin
    insert into sales.audit_log (actor_id, kind, record_id, root_kind, root_id, owner_id, op,
                                 old_values, new_values)
    values (private.current_employee_id(), 'share', r.id, r.kind, r.record_id,
            private.record_owner(r.kind, r.record_id), tg_op,
            case when tg_op <> 'INSERT' then jsonb_build_object(
                'employee_id', old.employee_id, 'access', old.access, 'expires_at', old.expires_at) end,
            case when tg_op <> 'DELETE' then jsonb_build_object(
                'employee_id', new.employee_id, 'access', new.access, 'expires_at', new.expires_at) end);
    insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
    values ('share', r.id, r.kind, r.record_id, tg_op, r.employee_id);
    return null;
end
$$;
drop trigger if exists share_changed on sales.record_shares;
create trigger share_changed after insert or update or delete on sales.record_shares
    for each row execute function private.share_changed();

create or replace function private.check_share() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if not exists (select 1 from sales.employees e where e.id = new.employee_id and e.active) then
        raise exception 'share recipient must be an active employee' using errcode = '23514';
    end if;
    if new.employee_id is not distinct from private.record_owner(new.kind, new.record_id) then
        raise exception 'a record is not shared with its owner' using errcode = '23514';
    end if;
    return new;
end
$$;
drop trigger if exists check_share on sales.record_shares;
create trigger check_share before insert or update of employee_id, kind, record_id
    on sales.record_shares for each row execute function private.check_share();

-- The holder of any registered top-level record: (owner, pool). Reads past RLS: callers
-- compare the answer with the caller's own rights.
create or replace function private.record_holder(p_kind text, p_id bigint,
                                                 out owner_id bigint, out pool_id bigint)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
begin
    select * into k from private.record_kinds where kind = p_kind and parent_kind is null;
    if found then
        execute format('select %I, %s from %s where id = $1', k.owner_column,
                       coalesce(quote_ident(k.pool_column), 'null::bigint'), k.table_name)
            into owner_id, pool_id using p_id;
    end if;
end
$$;

-- Shares are seen by their recipient and by whoever may hand the record on; they are made and
-- changed by whoever may hand it on (the owner or someone above; for pool records, the pool's
-- managers); a recipient may give a share up.
drop policy if exists "a share is seen by its recipient and by the record's managers"
    on sales.record_shares;
drop policy if exists "those who manage a record share it" on sales.record_shares;
drop policy if exists "those who manage a record change its shares" on sales.record_shares;
drop policy if exists "a share is removed by its recipient or the record's managers"
    on sales.record_shares;
drop policy if exists "a share is seen by its recipient and by who may hand the record on"
    on sales.record_shares;
create policy "a share is seen by its recipient and by who may hand the record on"
    on sales.record_shares for select to salesdesk_api
    using (employee_id = (select private.current_employee_id())
           or (select private.may_hand_on(h.owner_id, h.pool_id)
               from private.record_holder(kind, record_id) h));
drop policy if exists "who may hand a record on shares it" on sales.record_shares;
create policy "who may hand a record on shares it" on sales.record_shares
    for insert to salesdesk_api
    with check ((select private.may_hand_on(h.owner_id, h.pool_id)
                 from private.record_holder(kind, record_id) h));
drop policy if exists "who may hand a record on changes its shares" on sales.record_shares;
create policy "who may hand a record on changes its shares" on sales.record_shares
    for update to salesdesk_api
    using ((select private.may_hand_on(h.owner_id, h.pool_id)
            from private.record_holder(kind, record_id) h))
    with check ((select private.may_hand_on(h.owner_id, h.pool_id)
                 from private.record_holder(kind, record_id) h));
drop policy if exists "a share is removed by its recipient or who may hand the record on"
    on sales.record_shares;
create policy "a share is removed by its recipient or who may hand the record on"
    on sales.record_shares for delete to salesdesk_api
    using (employee_id = (select private.current_employee_id())
           or (select private.may_hand_on(h.owner_id, h.pool_id)
               from private.record_holder(kind, record_id) h));
grant select, delete on sales.record_shares to salesdesk_api;
grant insert (kind, record_id, employee_id, access, expires_at, note) on sales.record_shares
    to salesdesk_api;
grant update (access, expires_at, note) on sales.record_shares to salesdesk_api;

-- ---------------------------------------------------------------------------
-- Ownership changes: one function, after the one rule
-- ---------------------------------------------------------------------------

-- Move a record to a new owner or pool and write the history; shares on it are dropped (the
-- new holder decides whom to share with: a share made by the old owner, or one that gave the
-- new owner access, must not outlive the hand-over — Salesforce does the same with manual
-- shares). The caller's right is checked first, without a lock; then the row is locked with a
-- short lock_timeout, so a row someone holds answers "busy", never after a long wait.
--   p_mode 'transfer': caller may hand the record on; new owner is any active employee
--          'release':  caller may hand it on; it goes to the pool of the owner's unit (or above)
--          'claim':    the record sits in a pool the caller sees; it becomes the caller's
create or replace function private.move_record(p_kind text, p_id bigint, p_mode text,
                                               p_new_owner bigint, p_reason text)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    me bigint := private.require_employee();
    k private.record_kinds;
    h record;
    target_pool bigint;
    target_unit bigint;
    from_unit bigint;
begin
    select * into k from private.record_kinds where kind = p_kind and parent_kind is null;
    if not found then
        raise exception 'unknown record kind' using errcode = '22023';
    end if;
    h := private.record_holder(p_kind, p_id);
    if p_mode = 'claim' then
        if h.owner_id is not null or h.pool_id is null
           or not (private.sees_all() or h.pool_id = any (private.visible_pool_ids())) then
            raise exception 'record not found' using errcode = 'P0002';
        end if;
        p_new_owner := me;
        p_reason := coalesce(nullif(btrim(p_reason), ''), 'claimed from pool');
    elsif not private.may_hand_on(h.owner_id, h.pool_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if coalesce(btrim(p_reason), '') = '' then
        raise exception 'a reason is required' using errcode = '23514';
    end if;
    if p_mode = 'transfer' then
        if not exists (select 1 from sales.employees e where e.id = p_new_owner and e.active) then
            raise exception 'the new owner must be an active employee' using errcode = '23514';
        end if;
        if p_new_owner is not distinct from h.owner_id then
            raise exception 'the record already belongs to this person' using errcode = '23514';
        end if;
    elsif p_mode = 'release' then
        if h.owner_id is null then
            raise exception 'the record is already in a pool' using errcode = '23514';
        end if;
        select up.id, up.unit_id into target_pool, target_unit
        from sales.employees e, private.unit_pool(e.unit_id) up where e.id = h.owner_id;
        if target_pool is null then
            raise exception 'no customer pool above the owner''s unit' using errcode = '23514';
        end if;
        p_new_owner := null;
    elsif p_mode <> 'claim' then
        raise exception 'unknown mode' using errcode = '22023';
    end if;
    -- now lock, and make sure nobody moved it meanwhile
    execute format('select 1 from %s where id = $1 and %I is not distinct from $2 and %s is not distinct from $3 '
                   'for no key update', k.table_name, k.owner_column,
                   coalesce(quote_ident(k.pool_column), 'null::bigint'))
        using p_id, h.owner_id, h.pool_id;
    if not found then
        raise exception 'record changed meanwhile' using errcode = '40001';
    end if;
    if k.pool_column is not null then
        execute format('update %s set %I = $1, %I = $2 where id = $3', k.table_name, k.owner_column,
                       k.pool_column)
            using p_new_owner, target_pool, p_id;
        select p.unit_id into from_unit from sales.customer_pools p where p.id = h.pool_id;
    else
        execute format('update %s set %I = $1 where id = $2', k.table_name, k.owner_column)
            using p_new_owner, p_id;
    end if;
    insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id,
                                         from_pool_unit_id, to_pool_unit_id, reason, changed_by)
    values (p_kind, p_id, h.owner_id, p_new_owner, from_unit, target_unit, p_reason, me);
    delete from sales.record_shares where kind = p_kind and record_id = p_id;
end
$$;

-- Hand everything an employee owns to a successor (or, for kinds with a pool, to the pool of
-- the employee's unit) in one transaction: `salesdesk-admin user leave`. Shares on the handed
-- records are dropped (as in move_record); shares the leaver received pass to the successor.
create or replace function private.handover(p_from bigint, p_to bigint, p_reason text)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    moved integer := 0;
    n integer;
    pool bigint;
    pool_unit bigint;
begin
    if not pg_has_role(session_user, 'salesdesk_owner', 'member') then
        raise exception 'permission denied for function handover' using errcode = '42501';
    end if;
    for k in select * from private.record_kinds where parent_kind is null order by kind loop
        if p_to is not null then
            execute format('with moved as (update %1$s set %2$I = $1 where %2$I = $2 returning id),
                                 logged as (insert into sales.ownership_history
                                     (kind, record_id, from_owner_id, to_owner_id, reason, changed_by)
                                     select $3, id, $2, $1, $4, private.current_employee_id() from moved),
                                 dropped as (delete from sales.record_shares s using moved
                                     where s.kind = $3 and s.record_id = moved.id)
                            select count(*) from moved',
                           k.table_name, k.owner_column)
                into n using p_to, p_from, k.kind, p_reason;
        elsif k.pool_column is not null then
            select cp.id, cp.unit_id into pool, pool_unit
            from sales.employees e, private.unit_pool(e.unit_id) cp
            where e.id = p_from;
            if pool is null then
                raise exception 'no customer pool above the employee''s unit' using errcode = '23514';
            end if;
            execute format('with moved as (update %1$s set %2$I = null, %3$I = $1
                                           where %2$I = $2 returning id),
                                 logged as (insert into sales.ownership_history
                                     (kind, record_id, from_owner_id, to_pool_unit_id, reason, changed_by)
                                     select $3, id, $2, $5, $4, private.current_employee_id() from moved),
                                 dropped as (delete from sales.record_shares s using moved
                                     where s.kind = $3 and s.record_id = moved.id)
                            select count(*) from moved',
                           k.table_name, k.owner_column, k.pool_column)
                into n using pool, p_from, k.kind, p_reason, pool_unit;
        else
            raise exception 'records of kind % need a successor', k.kind using errcode = '23514';
        end if;
        moved := moved + n;
    end loop;
    if p_to is not null then
        update sales.record_shares s set employee_id = p_to
        where s.employee_id = p_from
          and not exists (select 1 from sales.record_shares t
                          where t.kind = s.kind and t.record_id = s.record_id and t.employee_id = p_to)
          and private.record_owner(s.kind, s.record_id) is distinct from p_to;
    end if;
    delete from sales.record_shares where employee_id = p_from;
    return moved;
end
$$;

-- ---------------------------------------------------------------------------
-- The directory, pools: read by the API role
-- ---------------------------------------------------------------------------
drop policy if exists "employees read the org chart" on sales.org_units;
drop policy if exists "employees read the positions" on sales.positions;
drop policy if exists "employees read the staff directory" on sales.employees;
drop policy if exists "the API reads the org chart for employees" on sales.org_units;
create policy "the API reads the org chart for employees" on sales.org_units
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "the API reads the positions for employees" on sales.positions;
create policy "the API reads the positions for employees" on sales.positions
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "the API reads the staff directory for employees" on sales.employees;
create policy "the API reads the staff directory for employees" on sales.employees
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "employees see the pools of their units" on sales.customer_pools;
drop policy if exists "the API reads the pools the caller sees" on sales.customer_pools;
create policy "the API reads the pools the caller sees" on sales.customer_pools
    for select to salesdesk_api
    using ((select private.sees_all())
           or unit_id = any ((select private.visible_pool_unit_ids())::bigint[]));
grant select on sales.org_units, sales.positions, sales.employees, sales.customer_pools
    to salesdesk_api;

-- Everything the declarations splice into policies, for the API role only.
revoke all on all functions in schema private from public;
grant execute on function private.current_employee_id(), private.require_employee(),
    private.visible_owner_ids(), private.visible_owner_ranges(), private.sees_all(),
    private.visible_pool_unit_ids(), private.visible_pool_ids(), private.shared_record_ids(text, boolean),
    private.managed_owner_ids(), private.managed_pool_ids(), private.may_hand_on(bigint, bigint),
    private.record_holder(text, bigint), private.move_record(text, bigint, text, bigint, text),
    private.normalize_name(text), private.normalize_phone(text)
    to salesdesk_api;

select private.refresh_visibility();
