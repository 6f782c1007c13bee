-- 0015 open record kinds, first part (issue 12 §1): references between kinds are declared and
-- checked generically; handover on leave is declared per kind and a kind someone owns none of
-- never blocks their leave; no customer shapes (`owner_id`) in generic code; a child at any depth
-- is audited under its own kind and filed under its top-level record.
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- References: "column X of kind K holds the id of a record of kind T"
-- ---------------------------------------------------------------------------
create table if not exists private.kind_references (
    kind        text not null references private.record_kinds (kind),
    column_name text not null,
    target_kind text not null references private.record_kinds (kind),
    primary key (kind, column_name)
);
alter table private.kind_references enable row level security;  -- no policy: read by the owner only
alter table private.kind_references force row level security;
revoke all on private.kind_references from public;

-- Whoever writes a reference must see the record it points at, under the target kind's own
-- visibility: the check is a plain read of the target table as the writer (SECURITY INVOKER), so
-- row-level security applies exactly as to any other read of that kind. A hidden record and a
-- missing one answer alike: P0002 "referenced record not found" (the message is fixed; neither
-- the id nor the kind is in it). A reference left unchanged by an update is not checked again
-- (saving other fields must not fail because the referenced record has moved out of sight).
-- Arguments: the column, the target table.
create or replace function private.check_reference() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    ref bigint := (to_jsonb(new) ->> tg_argv[0])::bigint;
    seen boolean;
begin
    if ref is null or tg_op = 'UPDATE' and ref is not distinct from (to_jsonb(old) ->> tg_argv[0])::bigint then
        return new;
    end if;
    execute format('select exists (select 1 from %s where id = $1)', tg_argv[1]) into seen using ref;
    if not seen then
        raise exception 'referenced record not found' using errcode = 'P0002';
    end if;
    return new;
end
$$;

-- Declare a reference. Idempotent. Creates the checking trigger (named after the column) and,
-- unless an index already starts with the column, an index on it.
create or replace procedure private.declare_reference(p_kind text, p_column text, p_target_kind text)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    target private.record_kinds;
    col smallint;
begin
    select * into k from private.record_kinds where kind = p_kind;
    select * into target from private.record_kinds where kind = p_target_kind;
    if k.kind is null or target.kind is null then
        raise exception 'reference %.% -> %: declare both kinds first', p_kind, p_column, p_target_kind;
    end if;
    select attnum into col from pg_attribute
    where attrelid = k.table_name and attname = p_column and not attisdropped
      and atttypid in ('bigint'::regtype, 'integer'::regtype);
    if col is null then
        raise exception 'reference %.%: no integer column % in %', p_kind, p_column, p_column, k.table_name;
    end if;
    insert into private.kind_references (kind, column_name, target_kind)
    values (p_kind, p_column, p_target_kind)
    on conflict (kind, column_name) do update set target_kind = excluded.target_kind;
    execute format('drop trigger if exists %I on %s', 'check_reference_' || p_column, k.table_name);
    execute format('create trigger %I before insert or update of %I on %s for each row '
                   'execute function private.check_reference(%L, %L)',
                   'check_reference_' || p_column, p_column, k.table_name, p_column, target.table_name::text);
    if not exists (select 1 from pg_index i where i.indrelid = k.table_name and i.indkey[0] = col) then
        execute format('create index %I on %s (%I)',
                       (select relname from pg_class where oid = k.table_name) || '_' || p_column || '_idx',
                       k.table_name, p_column);
    end if;
end
$$;

call private.declare_reference('contact', 'customer_id', 'customer');

-- ---------------------------------------------------------------------------
-- Handover on leave, per kind
-- ---------------------------------------------------------------------------
-- When someone leaves without a named successor (`user leave --to-pool`), each owned kind's
-- records go where the kind says: 'pool' (the pool of the leaver's unit or the nearest above),
-- 'manager' (the leaver's manager) or 'successor' (only a named successor may take them: the
-- leave is refused while the leaver owns any). Unset: 'pool' for a kind with a pool, else
-- 'successor'. With a named successor every kind goes to the successor.
alter table private.record_kinds
    add column if not exists handover text check (handover in ('successor', 'manager', 'pool'));

create or replace procedure private.declare_handover(p_kind text, p_handover text)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if p_handover = 'pool' and (select pool_column from private.record_kinds where kind = p_kind) is null then
        raise exception 'kind %: handover to a pool needs a pool column', p_kind;
    end if;
    update private.record_kinds set handover = p_handover where kind = p_kind and parent_kind is null;
    if not found then
        raise exception 'kind %: handover is declared for owned kinds only', p_kind;
    end if;
end
$$;

call private.declare_handover('customer', 'pool');

create or replace function private.handover(p_from bigint, p_to bigint, p_reason text)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    moved integer := 0;
    n integer;
    owns boolean;
    mode text;
    to_owner bigint;
    pool bigint;
    pool_unit bigint;
begin
    if not pg_has_role(session_user, 'salesdesk_owner', 'member') then
        raise exception 'permission denied for function handover' using errcode = '42501';
    end if;
    for k in select * from private.record_kinds where parent_kind is null order by kind loop
        execute format('select exists (select 1 from %s where %I = $1)', k.table_name, k.owner_column)
            into owns using p_from;
        continue when not owns;  -- nothing of this kind: nothing to decide, nothing to block
        mode := case when p_to is not null then 'named'
                     else coalesce(k.handover, case when k.pool_column is null then 'successor' else 'pool' end)
                end;
        to_owner := null;
        pool := null;
        pool_unit := null;
        if mode = 'named' then
            to_owner := p_to;
        elsif mode = 'manager' then
            select e.manager_id into to_owner from sales.employees e where e.id = p_from;
            if to_owner is null then
                raise exception 'records of kind % need a successor (the leaver has no manager)', k.kind
                    using errcode = '23514';
            end if;
        elsif mode = 'pool' then
            select cp.id, cp.unit_id into pool, pool_unit
            from sales.employees e, private.unit_pool(e.unit_id) cp
            where e.id = p_from;
            if pool is null then
                raise exception 'no customer pool above the employee''s unit' using errcode = '23514';
            end if;
        else
            raise exception 'records of kind % need a successor', k.kind using errcode = '23514';
        end if;
        execute format('with moved as (update %1$s set %2$I = $1%3$s where %2$I = $2 returning id),
                             logged as (insert into sales.ownership_history
                                 (kind, record_id, from_owner_id, to_owner_id, to_pool_unit_id, reason,
                                  changed_by)
                                 select $3, id, $2, $1, $5, $4, private.current_employee_id() from moved),
                             dropped as (delete from sales.record_shares s using moved
                                 where s.kind = $3 and s.record_id = moved.id)
                        select count(*) from moved',
                       k.table_name, k.owner_column,
                       case when pool is not null then format(', %I = $6', k.pool_column) else '' end)
            into n using to_owner, p_from, k.kind, p_reason, pool_unit, pool;
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
-- No customer shapes: owner column from the declaration; children at any depth
-- ---------------------------------------------------------------------------
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
        execute format('select %I from %s where id = $1', k.owner_column, k.table_name)
            into result using p_id;
    else
        execute format('select private.record_owner(%L, %I) from %s where id = $1',
                       k.parent_kind, k.parent_column, k.table_name) into result using p_id;
    end if;
    return result;
end
$$;

-- The top-level record a record belongs to (itself for an owned kind; a child's parent, the
-- parent's parent and so on). Reads past RLS; null root_id when the chain is broken.
create or replace function private.record_root(p_kind text, p_id bigint,
                                               out root_kind text, out root_id bigint)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
begin
    root_kind := p_kind;
    root_id := p_id;
    loop
        select * into k from private.record_kinds where kind = root_kind;
        exit when k.parent_kind is null or root_id is null;
        execute format('select %I from %s where id = $1', k.parent_column, k.table_name)
            into root_id using root_id;
        root_kind := k.parent_kind;
    end loop;
end
$$;

-- The audit trigger of 0004, with a child's entry filed under its top-level record (before: under
-- its parent, so a third-level child's entries were filed under a child kind that the log
-- policies, written per top-level kind, never let anyone read).
create or replace function private.audit() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    rec jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
    rec_id bigint := (rec ->> 'id')::bigint;
    rk text;
    rid bigint;
    owner bigint;
    subject bigint;
    old_values jsonb;
    new_values jsonb;
    skip text[];
begin
    select * into k from private.record_kinds where kind = tg_argv[0];
    skip := array['updated_at', 'updated_by', 'version'] || k.derived;
    if k.parent_kind is null then
        rk := k.kind;
        rid := rec_id;
        owner := (rec ->> k.owner_column)::bigint;
    else
        -- the parent row is still there when a child is deleted with it (a cascade deletes
        -- children first), and the parent chain is read past RLS
        select r.root_kind, r.root_id into rk, rid
        from private.record_root(k.parent_kind, (rec ->> k.parent_column)::bigint) r;
        owner := private.record_owner(rk, rid);
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
        if k.parent_kind is null and new_values ? k.owner_column then
            subject := owner;  -- the new owner
        end if;
    end if;
    insert into sales.audit_log (actor_id, kind, record_id, root_kind, root_id, owner_id, op,
                                 old_values, new_values)
    values (private.current_employee_id(), k.kind, rec_id, rk, rid, owner, tg_op,
            old_values, new_values);
    insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
    values (k.kind, rec_id, rk, rid, tg_op, subject);
    return null;
end
$$;

revoke all on all functions in schema private from public;
