-- salesdesk: the schema of the first landed release, commit 5df2eefb8acb54922ea96164cadebdfdcadc1543
-- (schema revision 0002), as `salesdesk-admin init` of that commit creates it:
-- sql/roles.sql, sql/database.sql, sql/0001_core.sql, sql/0002_customers.sql and
-- private.alembic_version, with the rows init writes and no business data.
-- Made by tests/data/make_landed_dump.py (see its docstring); never edit it by hand.
-- Server: PostgreSQL 15.18 (Debian 15.18-0+deb12u1)
-- Tool:   pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1) --inserts, owners and privileges kept;
--         its \restrict/\unrestrict lines removed.
-- Needs the cluster roles salesdesk_owner and salesdesk_user (sql/roles.sql) first.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: private; Type: SCHEMA; Schema: -; Owner: salesdesk_owner
--

CREATE SCHEMA private;


ALTER SCHEMA private OWNER TO salesdesk_owner;

--
-- Name: sales; Type: SCHEMA; Schema: -; Owner: salesdesk_owner
--

CREATE SCHEMA sales;


ALTER SCHEMA sales OWNER TO salesdesk_owner;

--
-- Name: audit(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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


ALTER FUNCTION private.audit() OWNER TO salesdesk_owner;

--
-- Name: can_edit_customer(bigint); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.can_edit_customer(p_id bigint) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    -- Invoker's rights: the caller's own policies on customers apply.
    select exists (
        select 1 from sales.customers c
        where c.id = p_id
          and (private.sees_all()
               or c.owner_id = any (private.visible_owner_ids())
               or c.id = any (private.shared_record_ids('customer', true))))
$$;


ALTER FUNCTION private.can_edit_customer(p_id bigint) OWNER TO salesdesk_owner;

--
-- Name: check_active_owner(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.check_active_owner() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
begin
    if new.owner_id is not null and (tg_op = 'INSERT' or new.owner_id is distinct from old.owner_id)
       and not exists (select 1 from sales.employees where id = new.owner_id and active) then
        raise exception 'the owner must be an active employee' using errcode = '23514';
    end if;
    return new;
end
$$;


ALTER FUNCTION private.check_active_owner() OWNER TO salesdesk_owner;

--
-- Name: compute_pool_visibility(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.compute_pool_visibility() RETURNS TABLE(viewer_id bigint, unit_id bigint)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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


ALTER FUNCTION private.compute_pool_visibility() OWNER TO salesdesk_owner;

--
-- Name: compute_visibility(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.compute_visibility() RETURNS TABLE(viewer_id bigint, owner_id bigint)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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


ALTER FUNCTION private.compute_visibility() OWNER TO salesdesk_owner;

--
-- Name: current_employee_id(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.current_employee_id() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    select e.id from sales.employees e where e.login = session_user::text and e.active
$$;


ALTER FUNCTION private.current_employee_id() OWNER TO salesdesk_owner;

--
-- Name: handover(bigint, bigint, text); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.handover(p_from bigint, p_to bigint, p_reason text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
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
$_$;


ALTER FUNCTION private.handover(p_from bigint, p_to bigint, p_reason text) OWNER TO salesdesk_owner;

--
-- Name: manages_record(text, bigint); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.manages_record(p_kind text, p_id bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    select coalesce(
        private.sees_all() and private.record_owner(p_kind, p_id) is not null
        or private.record_owner(p_kind, p_id) = any (private.visible_owner_ids()),
        false)
$$;


ALTER FUNCTION private.manages_record(p_kind text, p_id bigint) OWNER TO salesdesk_owner;

--
-- Name: normalize_name(text); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.normalize_name(p_name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    select regexp_replace(
        regexp_replace(lower(coalesce(p_name, '')), '[[:space:][:punct:]（）()·，。、]+', '', 'g'),
        '(股份有限公司|有限责任公司|有限公司|集团|公司|coltd|co|ltd|inc|llc|corp)+$', '')
$_$;


ALTER FUNCTION private.normalize_name(p_name text) OWNER TO salesdesk_owner;

--
-- Name: normalize_phone(text); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.normalize_phone(p_phone text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    select nullif(regexp_replace(regexp_replace(coalesce(p_phone, ''), '\D', '', 'g'), '^86(1\d{10})$', '\1'), '')
$_$;


ALTER FUNCTION private.normalize_phone(p_phone text) OWNER TO salesdesk_owner;

--
-- Name: notify_share(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.notify_share() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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


ALTER FUNCTION private.notify_share() OWNER TO salesdesk_owner;

--
-- Name: protect_table(regclass, boolean, text); Type: PROCEDURE; Schema: private; Owner: salesdesk_owner
--

CREATE PROCEDURE private.protect_table(IN p_table regclass, IN p_stamp boolean DEFAULT true, IN p_audit_kind text DEFAULT NULL::text)
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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


ALTER PROCEDURE private.protect_table(IN p_table regclass, IN p_stamp boolean, IN p_audit_kind text) OWNER TO salesdesk_owner;

--
-- Name: record_owner(text, bigint); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.record_owner(p_kind text, p_id bigint) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
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
$_$;


ALTER FUNCTION private.record_owner(p_kind text, p_id bigint) OWNER TO salesdesk_owner;

--
-- Name: refresh_visibility(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.refresh_visibility() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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


ALTER FUNCTION private.refresh_visibility() OWNER TO salesdesk_owner;

--
-- Name: refresh_visibility_trigger(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.refresh_visibility_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
begin
    perform private.refresh_visibility();
    return null;
end
$$;


ALTER FUNCTION private.refresh_visibility_trigger() OWNER TO salesdesk_owner;

--
-- Name: require_employee(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.require_employee() RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
declare
    me bigint := private.current_employee_id();
begin
    if me is null then
        raise exception 'not a salesdesk employee' using errcode = '42501';
    end if;
    return me;
end
$$;


ALTER FUNCTION private.require_employee() OWNER TO salesdesk_owner;

--
-- Name: sees_all(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.sees_all() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    select coalesce((
        select p.data_scope = 'all'
        from sales.employees e join sales.positions p on p.id = e.position_id
        where e.login = session_user::text and e.active), false)
$$;


ALTER FUNCTION private.sees_all() OWNER TO salesdesk_owner;

--
-- Name: shared_record_ids(text, boolean); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.shared_record_ids(p_kind text, p_write boolean DEFAULT false) RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    select coalesce(array_agg(s.record_id), '{}')
    from sales.record_shares s
    where s.employee_id = private.current_employee_id()
      and s.kind = p_kind
      and (s.expires_at is null or s.expires_at > now())
      and (not p_write or s.access = 'write')
$$;


ALTER FUNCTION private.shared_record_ids(p_kind text, p_write boolean) OWNER TO salesdesk_owner;

--
-- Name: stamp(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.stamp() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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


ALTER FUNCTION private.stamp() OWNER TO salesdesk_owner;

--
-- Name: unit_pool(bigint); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.unit_pool(p_unit_id bigint) RETURNS TABLE(id bigint, unit_id bigint)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    with recursive up (unit_id, depth) as (
        select p_unit_id, 0
        union all
        select u.parent_id, up.depth + 1 from up join sales.org_units u on u.id = up.unit_id
        where u.parent_id is not null and up.depth < 100
    )
    select p.id, p.unit_id from up join sales.customer_pools p on p.unit_id = up.unit_id
    order by up.depth limit 1
$$;


ALTER FUNCTION private.unit_pool(p_unit_id bigint) OWNER TO salesdesk_owner;

--
-- Name: visible_owner_ids(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.visible_owner_ids() RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    -- `|| '{}'` hands back a detoasted copy: a stored (compressed) array would be
    -- decompressed again for every row the policy checks.
    select coalesce((select s.owner_ids || '{}'::bigint[] from private.visibility_sets s
                     where s.viewer_id = private.current_employee_id()), '{}')
$$;


ALTER FUNCTION private.visible_owner_ids() OWNER TO salesdesk_owner;

--
-- Name: visible_owner_ranges(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.visible_owner_ranges() RETURNS int8multirange
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    select coalesce((select s.owner_ranges + '{}'::int8multirange from private.visibility_sets s
                     where s.viewer_id = private.current_employee_id()), '{}')
$$;


ALTER FUNCTION private.visible_owner_ranges() OWNER TO salesdesk_owner;

--
-- Name: visible_pool_ids(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.visible_pool_ids() RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    select coalesce(array_agg(p.id), '{}')
    from sales.customer_pools p
    where p.unit_id = any (private.visible_pool_unit_ids())
$$;


ALTER FUNCTION private.visible_pool_ids() OWNER TO salesdesk_owner;

--
-- Name: visible_pool_unit_ids(); Type: FUNCTION; Schema: private; Owner: salesdesk_owner
--

CREATE FUNCTION private.visible_pool_unit_ids() RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    select coalesce(array_agg(v.unit_id), '{}')
    from private.pool_visibility v
    where v.viewer_id = private.current_employee_id()
$$;


ALTER FUNCTION private.visible_pool_unit_ids() OWNER TO salesdesk_owner;

--
-- Name: assignable_employees(); Type: FUNCTION; Schema: sales; Owner: salesdesk_owner
--

CREATE FUNCTION sales.assignable_employees() RETURNS TABLE(id bigint, login text, name text, unit_id bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    select e.id, e.login, e.name, e.unit_id
    from sales.employees e
    where e.active
      and (private.sees_all() or e.id = any (private.visible_owner_ids()))
    order by e.name
$$;


ALTER FUNCTION sales.assignable_employees() OWNER TO salesdesk_owner;

--
-- Name: claim_customer(bigint); Type: FUNCTION; Schema: sales; Owner: salesdesk_owner
--

CREATE FUNCTION sales.claim_customer(p_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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


ALTER FUNCTION sales.claim_customer(p_id bigint) OWNER TO salesdesk_owner;

--
-- Name: release_customer(bigint, text); Type: FUNCTION; Schema: sales; Owner: salesdesk_owner
--

CREATE FUNCTION sales.release_customer(p_id bigint, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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


ALTER FUNCTION sales.release_customer(p_id bigint, p_reason text) OWNER TO salesdesk_owner;

--
-- Name: schema_version(); Type: FUNCTION; Schema: sales; Owner: salesdesk_owner
--

CREATE FUNCTION sales.schema_version() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    select string_agg(version_num, ',') from private.alembic_version
$$;


ALTER FUNCTION sales.schema_version() OWNER TO salesdesk_owner;

--
-- Name: transfer_record(text, bigint, bigint, text); Type: FUNCTION; Schema: sales; Owner: salesdesk_owner
--

CREATE FUNCTION sales.transfer_record(p_kind text, p_id bigint, p_new_owner bigint, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
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
$_$;


ALTER FUNCTION sales.transfer_record(p_kind text, p_id bigint, p_new_owner bigint, p_reason text) OWNER TO salesdesk_owner;

--
-- Name: whoami(); Type: FUNCTION; Schema: sales; Owner: salesdesk_owner
--

CREATE FUNCTION sales.whoami() RETURNS TABLE(employee_id bigint, login text, name text, unit_id bigint, unit_name text, position_name text, level text, data_scope text, position_name_en text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    select e.id, e.login, e.name, u.id, u.name, p.name, p.level, p.data_scope, p.name_en
    from sales.employees e
        join sales.org_units u on u.id = e.unit_id
        join sales.positions p on p.id = e.position_id
    where e.login = session_user::text and e.active
$$;


ALTER FUNCTION sales.whoami() OWNER TO salesdesk_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alembic_version; Type: TABLE; Schema: private; Owner: salesdesk_owner
--

CREATE TABLE private.alembic_version (
    version_num character varying(32) NOT NULL
);


ALTER TABLE private.alembic_version OWNER TO salesdesk_owner;

--
-- Name: pool_visibility; Type: TABLE; Schema: private; Owner: salesdesk_owner
--

CREATE TABLE private.pool_visibility (
    viewer_id bigint NOT NULL,
    unit_id bigint NOT NULL
);


ALTER TABLE private.pool_visibility OWNER TO salesdesk_owner;

--
-- Name: record_kinds; Type: TABLE; Schema: private; Owner: salesdesk_owner
--

CREATE TABLE private.record_kinds (
    kind text NOT NULL,
    table_name regclass NOT NULL,
    parent_kind text,
    parent_column text,
    CONSTRAINT record_kinds_check CHECK (((parent_kind IS NULL) = (parent_column IS NULL)))
);


ALTER TABLE private.record_kinds OWNER TO salesdesk_owner;

--
-- Name: visibility; Type: TABLE; Schema: private; Owner: salesdesk_owner
--

CREATE TABLE private.visibility (
    viewer_id bigint NOT NULL,
    owner_id bigint NOT NULL
);


ALTER TABLE private.visibility OWNER TO salesdesk_owner;

--
-- Name: visibility_sets; Type: TABLE; Schema: private; Owner: salesdesk_owner
--

CREATE TABLE private.visibility_sets (
    viewer_id bigint NOT NULL,
    owner_ids bigint[] NOT NULL,
    owner_ranges int8multirange DEFAULT '{}'::int8multirange NOT NULL
);


ALTER TABLE private.visibility_sets OWNER TO salesdesk_owner;

--
-- Name: audit_log; Type: TABLE; Schema: sales; Owner: salesdesk_owner
--

CREATE TABLE sales.audit_log (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    actor_id bigint,
    actor_login text DEFAULT SESSION_USER NOT NULL,
    kind text NOT NULL,
    record_id bigint NOT NULL,
    root_kind text NOT NULL,
    root_id bigint NOT NULL,
    owner_id bigint,
    op text NOT NULL,
    old_values jsonb,
    new_values jsonb,
    CONSTRAINT audit_log_op_check CHECK ((op = ANY (ARRAY['INSERT'::text, 'UPDATE'::text, 'DELETE'::text])))
);

ALTER TABLE ONLY sales.audit_log FORCE ROW LEVEL SECURITY;


ALTER TABLE sales.audit_log OWNER TO salesdesk_owner;

--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.audit_log ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: contacts; Type: TABLE; Schema: sales; Owner: salesdesk_owner
--

CREATE TABLE sales.contacts (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    name text NOT NULL,
    title text,
    mobile text,
    phone text,
    email text,
    is_primary boolean DEFAULT false NOT NULL,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by bigint,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by bigint,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT contacts_email_check CHECK ((email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'::text)),
    CONSTRAINT contacts_mobile_check CHECK ((mobile ~ '^\+?[0-9][0-9 ()-]{4,29}$'::text)),
    CONSTRAINT contacts_name_check CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT contacts_phone_check CHECK ((phone ~ '^\+?[0-9][0-9 ()-]{4,29}$'::text))
);

ALTER TABLE ONLY sales.contacts FORCE ROW LEVEL SECURITY;


ALTER TABLE sales.contacts OWNER TO salesdesk_owner;

--
-- Name: contacts_id_seq; Type: SEQUENCE; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.contacts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.contacts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customer_pools; Type: TABLE; Schema: sales; Owner: salesdesk_owner
--

CREATE TABLE sales.customer_pools (
    id bigint NOT NULL,
    unit_id bigint NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by bigint,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by bigint,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT customer_pools_name_check CHECK ((btrim(name) <> ''::text))
);

ALTER TABLE ONLY sales.customer_pools FORCE ROW LEVEL SECURITY;


ALTER TABLE sales.customer_pools OWNER TO salesdesk_owner;

--
-- Name: customer_pools_id_seq; Type: SEQUENCE; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.customer_pools ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.customer_pools_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customers; Type: TABLE; Schema: sales; Owner: salesdesk_owner
--

CREATE TABLE sales.customers (
    id bigint NOT NULL,
    name text NOT NULL,
    short_name text,
    industry text,
    level text,
    address text,
    region text,
    phone text,
    website text,
    source text,
    credit_limit numeric(14,2) DEFAULT 0 NOT NULL,
    notes text,
    owner_id bigint,
    pool_id bigint,
    last_contact_at timestamp with time zone,
    archived_at timestamp with time zone,
    name_norm text GENERATED ALWAYS AS (private.normalize_name(name)) STORED,
    phone_norm text GENERATED ALWAYS AS (private.normalize_phone(phone)) STORED,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by bigint,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by bigint,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT customers_check CHECK (((owner_id IS NULL) <> (pool_id IS NULL))),
    CONSTRAINT customers_credit_limit_check CHECK ((credit_limit >= (0)::numeric)),
    CONSTRAINT customers_level_check CHECK ((level = ANY (ARRAY['A'::text, 'B'::text, 'C'::text, 'D'::text]))),
    CONSTRAINT customers_name_check CHECK (((btrim(name) <> ''::text) AND (length(name) <= 200))),
    CONSTRAINT customers_phone_check CHECK ((phone ~ '^\+?[0-9][0-9 ()-]{4,29}$'::text)),
    CONSTRAINT customers_short_name_check CHECK ((length(short_name) <= 60))
);

ALTER TABLE ONLY sales.customers FORCE ROW LEVEL SECURITY;


ALTER TABLE sales.customers OWNER TO salesdesk_owner;

--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.customers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: employees; Type: TABLE; Schema: sales; Owner: salesdesk_owner
--

CREATE TABLE sales.employees (
    id bigint NOT NULL,
    login text NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    unit_id bigint NOT NULL,
    position_id bigint NOT NULL,
    manager_id bigint,
    email text,
    phone text,
    active boolean DEFAULT true NOT NULL,
    left_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by bigint,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by bigint,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT employees_check CHECK ((manager_id IS DISTINCT FROM id)),
    CONSTRAINT employees_email_check CHECK (((email IS NULL) OR (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'::text))),
    CONSTRAINT employees_login_check CHECK ((login ~ '^[a-z][a-z0-9_.]{1,62}$'::text)),
    CONSTRAINT employees_name_check CHECK ((btrim(name) <> ''::text))
);

ALTER TABLE ONLY sales.employees FORCE ROW LEVEL SECURITY;


ALTER TABLE sales.employees OWNER TO salesdesk_owner;

--
-- Name: employees_id_seq; Type: SEQUENCE; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.employees ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.employees_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: org_units; Type: TABLE; Schema: sales; Owner: salesdesk_owner
--

CREATE TABLE sales.org_units (
    id bigint NOT NULL,
    parent_id bigint,
    code text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by bigint,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by bigint,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT org_units_check CHECK ((parent_id IS DISTINCT FROM id)),
    CONSTRAINT org_units_code_check CHECK ((code ~ '^[A-Za-z0-9_.-]{1,40}$'::text)),
    CONSTRAINT org_units_kind_check CHECK ((kind = ANY (ARRAY['hq'::text, 'region'::text, 'branch'::text, 'team'::text, 'department'::text]))),
    CONSTRAINT org_units_name_check CHECK ((btrim(name) <> ''::text))
);

ALTER TABLE ONLY sales.org_units FORCE ROW LEVEL SECURITY;


ALTER TABLE sales.org_units OWNER TO salesdesk_owner;

--
-- Name: org_units_id_seq; Type: SEQUENCE; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.org_units ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.org_units_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ownership_history; Type: TABLE; Schema: sales; Owner: salesdesk_owner
--

CREATE TABLE sales.ownership_history (
    id bigint NOT NULL,
    kind text NOT NULL,
    record_id bigint NOT NULL,
    from_owner_id bigint,
    to_owner_id bigint,
    from_pool_unit_id bigint,
    to_pool_unit_id bigint,
    reason text NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL,
    changed_by bigint,
    changed_by_login text DEFAULT SESSION_USER NOT NULL
);

ALTER TABLE ONLY sales.ownership_history FORCE ROW LEVEL SECURITY;


ALTER TABLE sales.ownership_history OWNER TO salesdesk_owner;

--
-- Name: ownership_history_id_seq; Type: SEQUENCE; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.ownership_history ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.ownership_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: positions; Type: TABLE; Schema: sales; Owner: salesdesk_owner
--

CREATE TABLE sales.positions (
    id bigint NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    name_en text,
    level text NOT NULL,
    data_scope text NOT NULL,
    permissions text[] DEFAULT '{}'::text[] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by bigint,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by bigint,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT positions_code_check CHECK ((code ~ '^[a-z][a-z0-9_]{1,40}$'::text)),
    CONSTRAINT positions_data_scope_check CHECK ((data_scope = ANY (ARRAY['self'::text, 'subordinates'::text, 'unit'::text, 'unit_tree'::text, 'all'::text]))),
    CONSTRAINT positions_level_check CHECK ((level = ANY (ARRAY['director'::text, 'manager'::text, 'supervisor'::text, 'salesperson'::text, 'assistant'::text, 'admin'::text]))),
    CONSTRAINT positions_name_check CHECK ((btrim(name) <> ''::text))
);

ALTER TABLE ONLY sales.positions FORCE ROW LEVEL SECURITY;


ALTER TABLE sales.positions OWNER TO salesdesk_owner;

--
-- Name: positions_id_seq; Type: SEQUENCE; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.positions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.positions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: record_shares; Type: TABLE; Schema: sales; Owner: salesdesk_owner
--

CREATE TABLE sales.record_shares (
    id bigint NOT NULL,
    kind text NOT NULL,
    record_id bigint NOT NULL,
    employee_id bigint NOT NULL,
    access text DEFAULT 'read'::text NOT NULL,
    expires_at timestamp with time zone,
    note text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by bigint,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by bigint,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT record_shares_access_check CHECK ((access = ANY (ARRAY['read'::text, 'write'::text])))
);

ALTER TABLE ONLY sales.record_shares FORCE ROW LEVEL SECURITY;


ALTER TABLE sales.record_shares OWNER TO salesdesk_owner;

--
-- Name: record_shares_id_seq; Type: SEQUENCE; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.record_shares ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.record_shares_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: private; Owner: salesdesk_owner
--

INSERT INTO private.alembic_version VALUES ('0002');


--
-- Data for Name: pool_visibility; Type: TABLE DATA; Schema: private; Owner: salesdesk_owner
--



--
-- Data for Name: record_kinds; Type: TABLE DATA; Schema: private; Owner: salesdesk_owner
--

INSERT INTO private.record_kinds VALUES ('customer', 'sales.customers', NULL, NULL);
INSERT INTO private.record_kinds VALUES ('contact', 'sales.contacts', 'customer', 'customer_id');


--
-- Data for Name: visibility; Type: TABLE DATA; Schema: private; Owner: salesdesk_owner
--



--
-- Data for Name: visibility_sets; Type: TABLE DATA; Schema: private; Owner: salesdesk_owner
--



--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: sales; Owner: salesdesk_owner
--



--
-- Data for Name: contacts; Type: TABLE DATA; Schema: sales; Owner: salesdesk_owner
--



--
-- Data for Name: customer_pools; Type: TABLE DATA; Schema: sales; Owner: salesdesk_owner
--



--
-- Data for Name: customers; Type: TABLE DATA; Schema: sales; Owner: salesdesk_owner
--



--
-- Data for Name: employees; Type: TABLE DATA; Schema: sales; Owner: salesdesk_owner
--



--
-- Data for Name: org_units; Type: TABLE DATA; Schema: sales; Owner: salesdesk_owner
--



--
-- Data for Name: ownership_history; Type: TABLE DATA; Schema: sales; Owner: salesdesk_owner
--



--
-- Data for Name: positions; Type: TABLE DATA; Schema: sales; Owner: salesdesk_owner
--

INSERT INTO sales.positions OVERRIDING SYSTEM VALUE VALUES (1, 'director', '销售总监', 'Sales director', 'director', 'all', '{}', '2026-12-01 19:49:06.916083+00', NULL, '2026-12-01 19:49:06.916083+00', NULL, 1);
INSERT INTO sales.positions OVERRIDING SYSTEM VALUE VALUES (2, 'manager', '销售经理', 'Sales manager', 'manager', 'unit_tree', '{}', '2026-12-01 19:49:06.916083+00', NULL, '2026-12-01 19:49:06.916083+00', NULL, 1);
INSERT INTO sales.positions OVERRIDING SYSTEM VALUE VALUES (3, 'supervisor', '销售主管', 'Sales supervisor', 'supervisor', 'subordinates', '{}', '2026-12-01 19:49:06.916083+00', NULL, '2026-12-01 19:49:06.916083+00', NULL, 1);
INSERT INTO sales.positions OVERRIDING SYSTEM VALUE VALUES (4, 'salesperson', '销售代表', 'Salesperson', 'salesperson', 'self', '{}', '2026-12-01 19:49:06.916083+00', NULL, '2026-12-01 19:49:06.916083+00', NULL, 1);
INSERT INTO sales.positions OVERRIDING SYSTEM VALUE VALUES (5, 'assistant', '销售助理', 'Sales assistant', 'assistant', 'unit', '{}', '2026-12-01 19:49:06.916083+00', NULL, '2026-12-01 19:49:06.916083+00', NULL, 1);
INSERT INTO sales.positions OVERRIDING SYSTEM VALUE VALUES (6, 'admin', '系统管理员', 'Administrator', 'admin', 'all', '{}', '2026-12-01 19:49:06.916083+00', NULL, '2026-12-01 19:49:06.916083+00', NULL, 1);


--
-- Data for Name: record_shares; Type: TABLE DATA; Schema: sales; Owner: salesdesk_owner
--



--
-- Name: audit_log_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: salesdesk_owner
--

SELECT pg_catalog.setval('sales.audit_log_id_seq', 1, false);


--
-- Name: contacts_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: salesdesk_owner
--

SELECT pg_catalog.setval('sales.contacts_id_seq', 1, false);


--
-- Name: customer_pools_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: salesdesk_owner
--

SELECT pg_catalog.setval('sales.customer_pools_id_seq', 1, false);


--
-- Name: customers_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: salesdesk_owner
--

SELECT pg_catalog.setval('sales.customers_id_seq', 1, false);


--
-- Name: employees_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: salesdesk_owner
--

SELECT pg_catalog.setval('sales.employees_id_seq', 1, false);


--
-- Name: org_units_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: salesdesk_owner
--

SELECT pg_catalog.setval('sales.org_units_id_seq', 1, false);


--
-- Name: ownership_history_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: salesdesk_owner
--

SELECT pg_catalog.setval('sales.ownership_history_id_seq', 1, false);


--
-- Name: positions_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: salesdesk_owner
--

SELECT pg_catalog.setval('sales.positions_id_seq', 6, true);


--
-- Name: record_shares_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: salesdesk_owner
--

SELECT pg_catalog.setval('sales.record_shares_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: private; Owner: salesdesk_owner
--

ALTER TABLE ONLY private.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: pool_visibility pool_visibility_pkey; Type: CONSTRAINT; Schema: private; Owner: salesdesk_owner
--

ALTER TABLE ONLY private.pool_visibility
    ADD CONSTRAINT pool_visibility_pkey PRIMARY KEY (viewer_id, unit_id);


--
-- Name: record_kinds record_kinds_pkey; Type: CONSTRAINT; Schema: private; Owner: salesdesk_owner
--

ALTER TABLE ONLY private.record_kinds
    ADD CONSTRAINT record_kinds_pkey PRIMARY KEY (kind);


--
-- Name: record_kinds record_kinds_table_name_key; Type: CONSTRAINT; Schema: private; Owner: salesdesk_owner
--

ALTER TABLE ONLY private.record_kinds
    ADD CONSTRAINT record_kinds_table_name_key UNIQUE (table_name);


--
-- Name: visibility visibility_pkey; Type: CONSTRAINT; Schema: private; Owner: salesdesk_owner
--

ALTER TABLE ONLY private.visibility
    ADD CONSTRAINT visibility_pkey PRIMARY KEY (viewer_id, owner_id);


--
-- Name: visibility_sets visibility_sets_pkey; Type: CONSTRAINT; Schema: private; Owner: salesdesk_owner
--

ALTER TABLE ONLY private.visibility_sets
    ADD CONSTRAINT visibility_sets_pkey PRIMARY KEY (viewer_id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: contacts contacts_pkey; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);


--
-- Name: customer_pools customer_pools_pkey; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.customer_pools
    ADD CONSTRAINT customer_pools_pkey PRIMARY KEY (id);


--
-- Name: customer_pools customer_pools_unit_id_key; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.customer_pools
    ADD CONSTRAINT customer_pools_unit_id_key UNIQUE (unit_id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: employees employees_login_key; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.employees
    ADD CONSTRAINT employees_login_key UNIQUE (login);


--
-- Name: employees employees_pkey; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.employees
    ADD CONSTRAINT employees_pkey PRIMARY KEY (id);


--
-- Name: org_units org_units_code_key; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.org_units
    ADD CONSTRAINT org_units_code_key UNIQUE (code);


--
-- Name: org_units org_units_pkey; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.org_units
    ADD CONSTRAINT org_units_pkey PRIMARY KEY (id);


--
-- Name: ownership_history ownership_history_pkey; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.ownership_history
    ADD CONSTRAINT ownership_history_pkey PRIMARY KEY (id);


--
-- Name: positions positions_code_key; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.positions
    ADD CONSTRAINT positions_code_key UNIQUE (code);


--
-- Name: positions positions_pkey; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.positions
    ADD CONSTRAINT positions_pkey PRIMARY KEY (id);


--
-- Name: record_shares record_shares_kind_record_id_employee_id_key; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.record_shares
    ADD CONSTRAINT record_shares_kind_record_id_employee_id_key UNIQUE (kind, record_id, employee_id);


--
-- Name: record_shares record_shares_pkey; Type: CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.record_shares
    ADD CONSTRAINT record_shares_pkey PRIMARY KEY (id);


--
-- Name: audit_log_owner_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX audit_log_owner_idx ON sales.audit_log USING btree (owner_id, at);


--
-- Name: audit_log_root_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX audit_log_root_idx ON sales.audit_log USING btree (root_kind, root_id, at);


--
-- Name: contacts_customer_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX contacts_customer_idx ON sales.contacts USING btree (customer_id);


--
-- Name: contacts_one_primary_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE UNIQUE INDEX contacts_one_primary_idx ON sales.contacts USING btree (customer_id) WHERE is_primary;


--
-- Name: customers_name_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX customers_name_idx ON sales.customers USING btree (name, id);


--
-- Name: customers_name_norm_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX customers_name_norm_idx ON sales.customers USING btree (name_norm);


--
-- Name: customers_owner_name_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX customers_owner_name_idx ON sales.customers USING btree (owner_id, name, id);


--
-- Name: customers_phone_norm_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX customers_phone_norm_idx ON sales.customers USING btree (phone_norm);


--
-- Name: customers_pool_name_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX customers_pool_name_idx ON sales.customers USING btree (pool_id, name, id) WHERE (pool_id IS NOT NULL);


--
-- Name: employees_manager_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX employees_manager_idx ON sales.employees USING btree (manager_id);


--
-- Name: employees_unit_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX employees_unit_idx ON sales.employees USING btree (unit_id);


--
-- Name: org_units_parent_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX org_units_parent_idx ON sales.org_units USING btree (parent_id);


--
-- Name: ownership_history_from_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX ownership_history_from_idx ON sales.ownership_history USING btree (from_owner_id);


--
-- Name: ownership_history_record_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX ownership_history_record_idx ON sales.ownership_history USING btree (kind, record_id);


--
-- Name: ownership_history_to_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX ownership_history_to_idx ON sales.ownership_history USING btree (to_owner_id);


--
-- Name: record_shares_employee_idx; Type: INDEX; Schema: sales; Owner: salesdesk_owner
--

CREATE INDEX record_shares_employee_idx ON sales.record_shares USING btree (employee_id, kind);


--
-- Name: contacts audit; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON sales.contacts FOR EACH ROW EXECUTE FUNCTION private.audit('contact');


--
-- Name: customers audit; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON sales.customers FOR EACH ROW EXECUTE FUNCTION private.audit('customer');


--
-- Name: customers check_active_owner; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER check_active_owner BEFORE INSERT OR UPDATE OF owner_id ON sales.customers FOR EACH ROW EXECUTE FUNCTION private.check_active_owner();


--
-- Name: record_shares notify_share; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER notify_share AFTER INSERT OR DELETE OR UPDATE ON sales.record_shares FOR EACH ROW EXECUTE FUNCTION private.notify_share();


--
-- Name: employees refresh_visibility; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER refresh_visibility AFTER INSERT OR DELETE OR UPDATE OF manager_id, unit_id, position_id, active ON sales.employees FOR EACH STATEMENT EXECUTE FUNCTION private.refresh_visibility_trigger();


--
-- Name: org_units refresh_visibility; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER refresh_visibility AFTER INSERT OR DELETE OR UPDATE OF parent_id ON sales.org_units FOR EACH STATEMENT EXECUTE FUNCTION private.refresh_visibility_trigger();


--
-- Name: positions refresh_visibility; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER refresh_visibility AFTER INSERT OR DELETE OR UPDATE OF data_scope ON sales.positions FOR EACH STATEMENT EXECUTE FUNCTION private.refresh_visibility_trigger();


--
-- Name: contacts stamp; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.contacts FOR EACH ROW EXECUTE FUNCTION private.stamp();


--
-- Name: customer_pools stamp; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.customer_pools FOR EACH ROW EXECUTE FUNCTION private.stamp();


--
-- Name: customers stamp; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.customers FOR EACH ROW EXECUTE FUNCTION private.stamp();


--
-- Name: employees stamp; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.employees FOR EACH ROW EXECUTE FUNCTION private.stamp();


--
-- Name: org_units stamp; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.org_units FOR EACH ROW EXECUTE FUNCTION private.stamp();


--
-- Name: positions stamp; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.positions FOR EACH ROW EXECUTE FUNCTION private.stamp();


--
-- Name: record_shares stamp; Type: TRIGGER; Schema: sales; Owner: salesdesk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.record_shares FOR EACH ROW EXECUTE FUNCTION private.stamp();


--
-- Name: record_kinds record_kinds_parent_kind_fkey; Type: FK CONSTRAINT; Schema: private; Owner: salesdesk_owner
--

ALTER TABLE ONLY private.record_kinds
    ADD CONSTRAINT record_kinds_parent_kind_fkey FOREIGN KEY (parent_kind) REFERENCES private.record_kinds(kind);


--
-- Name: contacts contacts_customer_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.contacts
    ADD CONSTRAINT contacts_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES sales.customers(id);


--
-- Name: customer_pools customer_pools_unit_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.customer_pools
    ADD CONSTRAINT customer_pools_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES sales.org_units(id);


--
-- Name: customers customers_owner_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.customers
    ADD CONSTRAINT customers_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES sales.employees(id);


--
-- Name: customers customers_pool_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.customers
    ADD CONSTRAINT customers_pool_id_fkey FOREIGN KEY (pool_id) REFERENCES sales.customer_pools(id);


--
-- Name: employees employees_manager_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.employees
    ADD CONSTRAINT employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES sales.employees(id);


--
-- Name: employees employees_position_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.employees
    ADD CONSTRAINT employees_position_id_fkey FOREIGN KEY (position_id) REFERENCES sales.positions(id);


--
-- Name: employees employees_unit_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.employees
    ADD CONSTRAINT employees_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES sales.org_units(id);


--
-- Name: org_units org_units_parent_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.org_units
    ADD CONSTRAINT org_units_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES sales.org_units(id);


--
-- Name: ownership_history ownership_history_changed_by_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.ownership_history
    ADD CONSTRAINT ownership_history_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES sales.employees(id);


--
-- Name: ownership_history ownership_history_from_owner_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.ownership_history
    ADD CONSTRAINT ownership_history_from_owner_id_fkey FOREIGN KEY (from_owner_id) REFERENCES sales.employees(id);


--
-- Name: ownership_history ownership_history_from_pool_unit_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.ownership_history
    ADD CONSTRAINT ownership_history_from_pool_unit_id_fkey FOREIGN KEY (from_pool_unit_id) REFERENCES sales.org_units(id);


--
-- Name: ownership_history ownership_history_kind_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.ownership_history
    ADD CONSTRAINT ownership_history_kind_fkey FOREIGN KEY (kind) REFERENCES private.record_kinds(kind);


--
-- Name: ownership_history ownership_history_to_owner_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.ownership_history
    ADD CONSTRAINT ownership_history_to_owner_id_fkey FOREIGN KEY (to_owner_id) REFERENCES sales.employees(id);


--
-- Name: ownership_history ownership_history_to_pool_unit_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.ownership_history
    ADD CONSTRAINT ownership_history_to_pool_unit_id_fkey FOREIGN KEY (to_pool_unit_id) REFERENCES sales.org_units(id);


--
-- Name: record_shares record_shares_employee_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.record_shares
    ADD CONSTRAINT record_shares_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES sales.employees(id);


--
-- Name: record_shares record_shares_kind_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE ONLY sales.record_shares
    ADD CONSTRAINT record_shares_kind_fkey FOREIGN KEY (kind) REFERENCES private.record_kinds(kind);


--
-- Name: record_shares a share is removed by its recipient or the record's managers; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "a share is removed by its recipient or the record's managers" ON sales.record_shares FOR DELETE TO salesdesk_user USING (((employee_id = ( SELECT private.current_employee_id() AS current_employee_id)) OR private.manages_record(kind, record_id)));


--
-- Name: record_shares a share is seen by its recipient and by the record's managers; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "a share is seen by its recipient and by the record's managers" ON sales.record_shares FOR SELECT TO salesdesk_user USING (((employee_id = ( SELECT private.current_employee_id() AS current_employee_id)) OR private.manages_record(kind, record_id)));


--
-- Name: audit_log; Type: ROW SECURITY; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.audit_log ENABLE ROW LEVEL SECURITY;

--
-- Name: contacts; Type: ROW SECURITY; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.contacts ENABLE ROW LEVEL SECURITY;

--
-- Name: contacts contacts are added to customers one may edit; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "contacts are added to customers one may edit" ON sales.contacts FOR INSERT TO salesdesk_user WITH CHECK (private.can_edit_customer(customer_id));


--
-- Name: contacts contacts are edited with their customer; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "contacts are edited with their customer" ON sales.contacts FOR UPDATE TO salesdesk_user USING (private.can_edit_customer(customer_id)) WITH CHECK (private.can_edit_customer(customer_id));


--
-- Name: contacts contacts are removed with edit rights on their customer; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "contacts are removed with edit rights on their customer" ON sales.contacts FOR DELETE TO salesdesk_user USING (private.can_edit_customer(customer_id));


--
-- Name: contacts contacts are seen with their customer; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "contacts are seen with their customer" ON sales.contacts FOR SELECT TO salesdesk_user USING ((EXISTS ( SELECT 1
   FROM sales.customers c
  WHERE (c.id = contacts.customer_id))));


--
-- Name: customer_pools; Type: ROW SECURITY; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.customer_pools ENABLE ROW LEVEL SECURITY;

--
-- Name: customers; Type: ROW SECURITY; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.customers ENABLE ROW LEVEL SECURITY;

--
-- Name: employees; Type: ROW SECURITY; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.employees ENABLE ROW LEVEL SECURITY;

--
-- Name: customers employees create customers in scope or in their pools; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "employees create customers in scope or in their pools" ON sales.customers FOR INSERT TO salesdesk_user WITH CHECK ((( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY (( SELECT private.visible_owner_ids() AS visible_owner_ids)::bigint[])) OR ((owner_id IS NULL) AND (pool_id = ANY (( SELECT private.visible_pool_ids() AS visible_pool_ids)::bigint[])))));


--
-- Name: customers employees edit customers in scope or shared for writing; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "employees edit customers in scope or shared for writing" ON sales.customers FOR UPDATE TO salesdesk_user USING ((( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY (( SELECT private.visible_owner_ids() AS visible_owner_ids)::bigint[])) OR (id = ANY (( SELECT private.shared_record_ids('customer'::text, true) AS shared_record_ids)::bigint[])))) WITH CHECK ((( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY (( SELECT private.visible_owner_ids() AS visible_owner_ids)::bigint[])) OR (id = ANY (( SELECT private.shared_record_ids('customer'::text, true) AS shared_record_ids)::bigint[]))));


--
-- Name: org_units employees read the org chart; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "employees read the org chart" ON sales.org_units FOR SELECT TO salesdesk_user USING ((( SELECT private.current_employee_id() AS current_employee_id) IS NOT NULL));


--
-- Name: positions employees read the positions; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "employees read the positions" ON sales.positions FOR SELECT TO salesdesk_user USING ((( SELECT private.current_employee_id() AS current_employee_id) IS NOT NULL));


--
-- Name: employees employees read the staff directory; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "employees read the staff directory" ON sales.employees FOR SELECT TO salesdesk_user USING ((( SELECT private.current_employee_id() AS current_employee_id) IS NOT NULL));


--
-- Name: customers employees see customers in scope, in their pools or shared; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "employees see customers in scope, in their pools or shared" ON sales.customers FOR SELECT TO salesdesk_user USING ((( SELECT private.sees_all() AS sees_all) OR (pool_id = ANY (( SELECT private.visible_pool_ids() AS visible_pool_ids)::bigint[])) OR (owner_id <@ ( SELECT private.visible_owner_ranges() AS visible_owner_ranges)) OR (owner_id = ANY (( SELECT private.visible_owner_ids() AS visible_owner_ids)::bigint[])) OR (id = ANY (( SELECT private.shared_record_ids('customer'::text) AS shared_record_ids)::bigint[]))));


--
-- Name: customer_pools employees see the pools of their units; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "employees see the pools of their units" ON sales.customer_pools FOR SELECT TO salesdesk_user USING ((( SELECT private.sees_all() AS sees_all) OR (unit_id = ANY (( SELECT private.visible_pool_unit_ids() AS visible_pool_unit_ids)::bigint[]))));


--
-- Name: org_units; Type: ROW SECURITY; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.org_units ENABLE ROW LEVEL SECURITY;

--
-- Name: ownership_history ownership history is read within scope; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "ownership history is read within scope" ON sales.ownership_history FOR SELECT TO salesdesk_user USING ((( SELECT private.sees_all() AS sees_all) OR (from_owner_id = ANY (( SELECT private.visible_owner_ids() AS visible_owner_ids)::bigint[])) OR (to_owner_id = ANY (( SELECT private.visible_owner_ids() AS visible_owner_ids)::bigint[]))));


--
-- Name: ownership_history; Type: ROW SECURITY; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.ownership_history ENABLE ROW LEVEL SECURITY;

--
-- Name: positions; Type: ROW SECURITY; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.positions ENABLE ROW LEVEL SECURITY;

--
-- Name: record_shares; Type: ROW SECURITY; Schema: sales; Owner: salesdesk_owner
--

ALTER TABLE sales.record_shares ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_log the audit log is read within scope; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "the audit log is read within scope" ON sales.audit_log FOR SELECT TO salesdesk_user USING ((( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY (( SELECT private.visible_owner_ids() AS visible_owner_ids)::bigint[]))));


--
-- Name: record_shares those who manage a record change its shares; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "those who manage a record change its shares" ON sales.record_shares FOR UPDATE TO salesdesk_user USING (private.manages_record(kind, record_id)) WITH CHECK (private.manages_record(kind, record_id));


--
-- Name: record_shares those who manage a record share it; Type: POLICY; Schema: sales; Owner: salesdesk_owner
--

CREATE POLICY "those who manage a record share it" ON sales.record_shares FOR INSERT TO salesdesk_user WITH CHECK (private.manages_record(kind, record_id));


--
-- Name: SCHEMA private; Type: ACL; Schema: -; Owner: salesdesk_owner
--

GRANT USAGE ON SCHEMA private TO salesdesk_user;


--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: pg_database_owner
--

REVOKE USAGE ON SCHEMA public FROM PUBLIC;


--
-- Name: SCHEMA sales; Type: ACL; Schema: -; Owner: salesdesk_owner
--

GRANT USAGE ON SCHEMA sales TO salesdesk_user;


--
-- Name: FUNCTION lo_creat(integer); Type: ACL; Schema: pg_catalog; Owner: postgres
--

REVOKE ALL ON FUNCTION pg_catalog.lo_creat(integer) FROM PUBLIC;


--
-- Name: FUNCTION lo_create(oid); Type: ACL; Schema: pg_catalog; Owner: postgres
--

REVOKE ALL ON FUNCTION pg_catalog.lo_create(oid) FROM PUBLIC;


--
-- Name: FUNCTION lo_from_bytea(oid, bytea); Type: ACL; Schema: pg_catalog; Owner: postgres
--

REVOKE ALL ON FUNCTION pg_catalog.lo_from_bytea(oid, bytea) FROM PUBLIC;


--
-- Name: FUNCTION audit(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.audit() FROM PUBLIC;


--
-- Name: FUNCTION can_edit_customer(p_id bigint); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.can_edit_customer(p_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION private.can_edit_customer(p_id bigint) TO salesdesk_user;


--
-- Name: FUNCTION check_active_owner(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.check_active_owner() FROM PUBLIC;


--
-- Name: FUNCTION compute_pool_visibility(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.compute_pool_visibility() FROM PUBLIC;


--
-- Name: FUNCTION compute_visibility(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.compute_visibility() FROM PUBLIC;


--
-- Name: FUNCTION current_employee_id(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.current_employee_id() FROM PUBLIC;
GRANT ALL ON FUNCTION private.current_employee_id() TO salesdesk_user;


--
-- Name: FUNCTION handover(p_from bigint, p_to bigint, p_reason text); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.handover(p_from bigint, p_to bigint, p_reason text) FROM PUBLIC;


--
-- Name: FUNCTION manages_record(p_kind text, p_id bigint); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.manages_record(p_kind text, p_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION private.manages_record(p_kind text, p_id bigint) TO salesdesk_user;


--
-- Name: FUNCTION normalize_name(p_name text); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.normalize_name(p_name text) FROM PUBLIC;
GRANT ALL ON FUNCTION private.normalize_name(p_name text) TO salesdesk_user;


--
-- Name: FUNCTION normalize_phone(p_phone text); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.normalize_phone(p_phone text) FROM PUBLIC;
GRANT ALL ON FUNCTION private.normalize_phone(p_phone text) TO salesdesk_user;


--
-- Name: FUNCTION notify_share(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.notify_share() FROM PUBLIC;


--
-- Name: PROCEDURE protect_table(IN p_table regclass, IN p_stamp boolean, IN p_audit_kind text); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON PROCEDURE private.protect_table(IN p_table regclass, IN p_stamp boolean, IN p_audit_kind text) FROM PUBLIC;


--
-- Name: FUNCTION record_owner(p_kind text, p_id bigint); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.record_owner(p_kind text, p_id bigint) FROM PUBLIC;


--
-- Name: FUNCTION refresh_visibility(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.refresh_visibility() FROM PUBLIC;


--
-- Name: FUNCTION refresh_visibility_trigger(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.refresh_visibility_trigger() FROM PUBLIC;


--
-- Name: FUNCTION require_employee(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.require_employee() FROM PUBLIC;


--
-- Name: FUNCTION sees_all(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.sees_all() FROM PUBLIC;
GRANT ALL ON FUNCTION private.sees_all() TO salesdesk_user;


--
-- Name: FUNCTION shared_record_ids(p_kind text, p_write boolean); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.shared_record_ids(p_kind text, p_write boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION private.shared_record_ids(p_kind text, p_write boolean) TO salesdesk_user;


--
-- Name: FUNCTION stamp(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.stamp() FROM PUBLIC;


--
-- Name: FUNCTION unit_pool(p_unit_id bigint); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.unit_pool(p_unit_id bigint) FROM PUBLIC;


--
-- Name: FUNCTION visible_owner_ids(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.visible_owner_ids() FROM PUBLIC;
GRANT ALL ON FUNCTION private.visible_owner_ids() TO salesdesk_user;


--
-- Name: FUNCTION visible_owner_ranges(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.visible_owner_ranges() FROM PUBLIC;
GRANT ALL ON FUNCTION private.visible_owner_ranges() TO salesdesk_user;


--
-- Name: FUNCTION visible_pool_ids(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.visible_pool_ids() FROM PUBLIC;
GRANT ALL ON FUNCTION private.visible_pool_ids() TO salesdesk_user;


--
-- Name: FUNCTION visible_pool_unit_ids(); Type: ACL; Schema: private; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION private.visible_pool_unit_ids() FROM PUBLIC;
GRANT ALL ON FUNCTION private.visible_pool_unit_ids() TO salesdesk_user;


--
-- Name: FUNCTION assignable_employees(); Type: ACL; Schema: sales; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION sales.assignable_employees() FROM PUBLIC;
GRANT ALL ON FUNCTION sales.assignable_employees() TO salesdesk_user;


--
-- Name: FUNCTION claim_customer(p_id bigint); Type: ACL; Schema: sales; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION sales.claim_customer(p_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION sales.claim_customer(p_id bigint) TO salesdesk_user;


--
-- Name: FUNCTION release_customer(p_id bigint, p_reason text); Type: ACL; Schema: sales; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION sales.release_customer(p_id bigint, p_reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION sales.release_customer(p_id bigint, p_reason text) TO salesdesk_user;


--
-- Name: FUNCTION schema_version(); Type: ACL; Schema: sales; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION sales.schema_version() FROM PUBLIC;
GRANT ALL ON FUNCTION sales.schema_version() TO salesdesk_user;


--
-- Name: FUNCTION transfer_record(p_kind text, p_id bigint, p_new_owner bigint, p_reason text); Type: ACL; Schema: sales; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION sales.transfer_record(p_kind text, p_id bigint, p_new_owner bigint, p_reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION sales.transfer_record(p_kind text, p_id bigint, p_new_owner bigint, p_reason text) TO salesdesk_user;


--
-- Name: FUNCTION whoami(); Type: ACL; Schema: sales; Owner: salesdesk_owner
--

REVOKE ALL ON FUNCTION sales.whoami() FROM PUBLIC;
GRANT ALL ON FUNCTION sales.whoami() TO salesdesk_user;


--
-- Name: TABLE audit_log; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT SELECT ON TABLE sales.audit_log TO salesdesk_user;


--
-- Name: TABLE contacts; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT SELECT,DELETE ON TABLE sales.contacts TO salesdesk_user;


--
-- Name: COLUMN contacts.customer_id; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(customer_id) ON TABLE sales.contacts TO salesdesk_user;


--
-- Name: COLUMN contacts.name; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(name),UPDATE(name) ON TABLE sales.contacts TO salesdesk_user;


--
-- Name: COLUMN contacts.title; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(title),UPDATE(title) ON TABLE sales.contacts TO salesdesk_user;


--
-- Name: COLUMN contacts.mobile; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(mobile),UPDATE(mobile) ON TABLE sales.contacts TO salesdesk_user;


--
-- Name: COLUMN contacts.phone; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(phone),UPDATE(phone) ON TABLE sales.contacts TO salesdesk_user;


--
-- Name: COLUMN contacts.email; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(email),UPDATE(email) ON TABLE sales.contacts TO salesdesk_user;


--
-- Name: COLUMN contacts.is_primary; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(is_primary),UPDATE(is_primary) ON TABLE sales.contacts TO salesdesk_user;


--
-- Name: COLUMN contacts.notes; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE sales.contacts TO salesdesk_user;


--
-- Name: TABLE customer_pools; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT SELECT ON TABLE sales.customer_pools TO salesdesk_user;


--
-- Name: TABLE customers; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT SELECT ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.name; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(name),UPDATE(name) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.short_name; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(short_name),UPDATE(short_name) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.industry; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(industry),UPDATE(industry) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.level; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(level),UPDATE(level) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.address; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(address),UPDATE(address) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.region; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(region),UPDATE(region) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.phone; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(phone),UPDATE(phone) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.website; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(website),UPDATE(website) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.source; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(source),UPDATE(source) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.credit_limit; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(credit_limit),UPDATE(credit_limit) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.notes; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.owner_id; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(owner_id) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.pool_id; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(pool_id) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.last_contact_at; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(last_contact_at),UPDATE(last_contact_at) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: COLUMN customers.archived_at; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT UPDATE(archived_at) ON TABLE sales.customers TO salesdesk_user;


--
-- Name: TABLE employees; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT SELECT ON TABLE sales.employees TO salesdesk_user;


--
-- Name: TABLE org_units; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT SELECT ON TABLE sales.org_units TO salesdesk_user;


--
-- Name: TABLE ownership_history; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT SELECT ON TABLE sales.ownership_history TO salesdesk_user;


--
-- Name: TABLE positions; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT SELECT ON TABLE sales.positions TO salesdesk_user;


--
-- Name: TABLE record_shares; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT SELECT,DELETE ON TABLE sales.record_shares TO salesdesk_user;


--
-- Name: COLUMN record_shares.kind; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(kind) ON TABLE sales.record_shares TO salesdesk_user;


--
-- Name: COLUMN record_shares.record_id; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(record_id) ON TABLE sales.record_shares TO salesdesk_user;


--
-- Name: COLUMN record_shares.employee_id; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(employee_id) ON TABLE sales.record_shares TO salesdesk_user;


--
-- Name: COLUMN record_shares.access; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(access),UPDATE(access) ON TABLE sales.record_shares TO salesdesk_user;


--
-- Name: COLUMN record_shares.expires_at; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(expires_at),UPDATE(expires_at) ON TABLE sales.record_shares TO salesdesk_user;


--
-- Name: COLUMN record_shares.note; Type: ACL; Schema: sales; Owner: salesdesk_owner
--

GRANT INSERT(note),UPDATE(note) ON TABLE sales.record_shares TO salesdesk_user;


--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: salesdesk_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE salesdesk_owner REVOKE ALL ON FUNCTIONS  FROM PUBLIC;


--
-- PostgreSQL database dump complete
--


