-- 0006 the API schema: the only door for employees.
--
-- Every function here is SECURITY DEFINER, owned by salesdesk_api (no BYPASSRLS, not the table
-- owner: the policies decide every row it touches, for the employee named by session_user),
-- pins search_path and starts with private.require_employee(). Reads for the client take
-- filters, sort and a keyset cursor; reads for psql/ODBC/BI tools are views over set-returning
-- functions, so a user's own predicates only ever see the function's result, never hidden rows.
-- Writes take the version read, for optimistic locking. Errors carry stable SQLSTATEs:
--   P0002 not found (hidden and missing answer alike)     SD002 changed by someone else
--   SD003 visible but read-only                           SD004 visible, but not yours to hand on
--   SD005 not a valid request (unknown field/filter/sort)  SD006 search text too short
--   55P03 busy (a lock could not be had in time)          23514 a rule refused the value
reset role;
create schema if not exists api authorization salesdesk_api;
revoke all on schema api from public;
grant usage on schema api to salesdesk_user;
alter default privileges for role salesdesk_api revoke execute on functions from public;
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- Helpers owned by salesdesk_owner (read past RLS; check their caller)
-- ---------------------------------------------------------------------------

-- The newest change of all, so a client's position moves past changes it may not see.
create or replace function private.changes_head() returns bigint
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(max(seq), 0) from private.changes
$$;

-- Drop changes older than the clients need (they re-read everything after a week away).
create or replace function private.prune_changes() returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    delete from private.changes where at < now() - interval '7 days'
$$;

create or replace function private.kind(p_kind text) returns private.record_kinds
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
begin
    select * into k from private.record_kinds where kind = p_kind;
    if not found then
        raise exception 'unknown record kind' using errcode = 'SD005';
    end if;
    return k;
end
$$;

-- The unit and every unit below it (the org chart is the company directory).
create or replace function private.unit_subtree(p_unit_id bigint) returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with recursive t (id) as (
        select p_unit_id
        union
        select u.id from t join sales.org_units u on u.parent_id = t.id
    )
    select coalesce(array_agg(id), '{}') from t where id is not null
$$;

-- The applied schema revision (Alembic's table belongs to the owner once the upgrade is done).
create or replace function private.schema_version() returns text
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select string_agg(version_num, ',') from private.alembic_version
$$;

grant execute on function private.changes_head(), private.kind(text), private.unit_subtree(bigint),
    private.schema_version(), private.pinyin_key(text) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- The generic list: filters, keyset cursor, scope hint, narrow-scope fence
-- ---------------------------------------------------------------------------
-- Invoker's rights: these run inside the API functions, as salesdesk_api, under RLS.

-- What a list query of one kind filters on, built from the declaration and the request.
-- The statement refers to the values as $1..$8 (see list_page): query, me, owners, pools,
-- shared, grams, pattern, units.
drop type if exists private.list_filter cascade;
create type private.list_filter as (
    kind        text,
    table_name  regclass,
    conds       text,       -- AND-ed conditions, never empty
    me          bigint,
    sees_all    boolean,
    owners      bigint[],
    pools       bigint[],
    shared      bigint[],
    grams       text[],
    pattern     text,
    units       bigint[],
    narrow      boolean
);

create or replace function private.list_filter(p_kind text, p_query jsonb)
    returns private.list_filter
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds := private.kind(p_kind);
    f private.list_filter;
    q jsonb := coalesce(p_query, '{}');
    conds text[] := array['true'];
    key text;
    owner_col text;
    pool_col text;
    col_type text;
    search text;
    scope text := coalesce(q ->> 'scope', 'all');
    archived text := coalesce(q ->> 'archived', 'active');
begin
    for key in select jsonb_object_keys(q) loop
        if key not in ('scope', 'owner_id', 'unit_id', 'pool_id', 'parent_id', 'archived', 'eq', 'search') then
            raise exception 'unknown filter %', key using errcode = 'SD005';
        end if;
    end loop;
    f.kind := k.kind;
    f.table_name := k.table_name;
    f.me := private.require_employee();
    f.sees_all := private.sees_all();
    if k.parent_kind is null then
        owner_col := quote_ident(k.owner_column);
        pool_col := quote_ident(k.pool_column);
        if not f.sees_all then
            -- The scope hint: the same sets the policy uses, as values the planner can see (a
            -- policy's (SELECT fn()) is opaque to it, and it would plan a salesperson's 300 rows
            -- like the director's million). RLS still decides: this only narrows.
            f.owners := private.visible_owner_ids();
            f.pools := case when k.pool_column is not null then private.visible_pool_ids() end;
            f.shared := case when k.shares then private.shared_record_ids(k.kind) end;
            conds := conds || (format('(%s = any ($3)', owner_col)
                               || case when pool_col is not null then format(' or %s = any ($4)', pool_col) else '' end
                               || case when k.shares then ' or id = any ($5)' else '' end || ')');
            f.narrow := cardinality(f.owners) <= 64;
        else
            f.narrow := false;
        end if;
        if scope = 'mine' then
            conds := conds || format('%s = $2', owner_col);
        elsif scope = 'team' then  -- owned by others in my scope (not what is merely shared with me)
            conds := conds || format('%1$s <> $2 and (%1$s = any ((select private.visible_owner_ids())::bigint[]) '
                                     'or (select private.sees_all()))', owner_col);
        elsif scope = 'pool' and pool_col is not null then
            conds := conds || format('%s is null', owner_col);
        elsif scope = 'shared' and k.shares then
            conds := conds || ('id = any ((select private.shared_record_ids(' || quote_literal(k.kind)
                               || '))::bigint[])');
        elsif scope <> 'all' then
            raise exception 'unknown scope %', scope using errcode = 'SD005';
        end if;
        if q ? 'owner_id' then
            conds := conds || format('%s = ($1 ->> ''owner_id'')::bigint', owner_col);
        end if;
        if q ? 'pool_id' and pool_col is not null then
            conds := conds || format('%s = ($1 ->> ''pool_id'')::bigint', pool_col);
        end if;
        if q ? 'unit_id' then
            f.units := private.unit_subtree((q ->> 'unit_id')::bigint);
            conds := conds || (format('(%s in (select e.id from sales.employees e where e.unit_id = any ($8))',
                                      owner_col)
                               || case when pool_col is not null then format(
                                      ' or %s in (select p.id from sales.customer_pools p where p.unit_id = any ($8))',
                                      pool_col) else '' end || ')');
        end if;
    else
        f.narrow := false;
        if not q ? 'parent_id' then
            raise exception 'a list of % needs parent_id', k.kind using errcode = 'SD005';
        end if;
        conds := conds || format('%I = ($1 ->> ''parent_id'')::bigint', k.parent_column);
    end if;
    if k.archivable then
        if archived = 'active' then
            conds := conds || 'archived_at is null'::text;
        elsif archived = 'archived' then
            conds := conds || 'archived_at is not null'::text;
        elsif archived <> 'all' then
            raise exception 'unknown archived filter %', archived using errcode = 'SD005';
        end if;
    end if;
    if q ? 'eq' then
        for key in select jsonb_object_keys(q -> 'eq') loop
            if not key = any (k.filters) then
                raise exception 'unknown filter %', key using errcode = 'SD005';
            end if;
            select format_type(a.atttypid, a.atttypmod) into col_type
            from pg_attribute a where a.attrelid = k.table_name and a.attname = key;
            conds := conds || format('%I = ($1 -> ''eq'' ->> %L)::%s', key, key, col_type);
        end loop;
    end if;
    search := private.search_norm(q ->> 'search');
    if search <> '' then
        if not k.search then
            raise exception 'this list has no search' using errcode = 'SD005';
        end if;
        f.grams := private.search_grams(search);
        if cardinality(f.grams) = 0 then
            raise exception 'search text too short' using errcode = 'SD006';
        end if;
        f.pattern := '%' || replace(replace(replace(search, '\', '\\'), '%', '\%'), '_', '\_') || '%';
        -- the index term (search_grams @> $6) is added by the caller: see private.search_index_cond
        conds := conds || 'search_text like $7'::text;
    end if;
    f.conds := array_to_string(conds, ' and ');
    return f;
end
$$;

-- A statement with $1..$n replaced by the given SQL literals (highest first: $1 is in $10).
create or replace function private.inline_params(p_stmt text, p_values text[]) returns text
    language plpgsql immutable
    set search_path = pg_catalog, pg_temp
as $$
declare
    i integer;
begin
    for i in reverse cardinality(p_values)..1 loop
        p_stmt := replace(p_stmt, '$' || i, p_values[i]);
    end loop;
    return p_stmt;
end
$$;

-- One page of ids of a kind, in order, each with its cursor and the caller's rights on it.
--   p_sort: a key of the declaration's `sorts`; empty values come last in either direction
--   p_after: the cursor of the last row of the previous page
-- A search sorted by name lists the names that start with the search first (in pinyin order),
-- then the others: it reads better, and a common term (a city: "广州") is a range of the name
-- index instead of a walk past every name sorting before it.
create or replace function private.list_page(p_kind text, p_query jsonb, p_sort text,
                                             p_descending boolean, p_after text, p_limit integer)
    returns table (id bigint, cursor text, can_edit boolean, can_manage boolean, access text)
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds := private.kind(p_kind);
    f private.list_filter := private.list_filter(p_kind, p_query);
    sort_key text := coalesce(p_sort, 'name');
    descending boolean := coalesce(p_descending, false);
    sort_col text := k.sorts ->> sort_key;
    lim integer := greatest(1, least(coalesce(p_limit, 50), 1000));
    nullable boolean;
    col_type text;
    dir text := case when descending then 'desc' else 'asc' end;
    keyset text := 'true';
    after_group integer := 0;
    cur jsonb;
    access_expr text;
    prefix text;
    groups text[];
    g integer;
    n integer;
    stmt text;
    bitmapscan text := current_setting('enable_bitmapscan');
    seqscan text := current_setting('enable_seqscan');
begin
    if sort_col is null then
        raise exception 'the list cannot be sorted by %', p_sort using errcode = 'SD005';
    end if;
    select not a.attnotnull, format_type(a.atttypid, a.atttypmod) into nullable, col_type
    from pg_attribute a where a.attrelid = k.table_name and a.attname = sort_col;
    if p_after is not null then
        begin  -- any malformed part (no id, an id or direction that is no value) is a bad request
            cur := p_after::jsonb;
            if jsonb_typeof(cur) <> 'array' or cur ->> 0 is distinct from sort_key
               or (cur ->> 1)::boolean is distinct from descending
               or (cur ->> 3)::bigint is null then
                cur := null;
            end if;
            after_group := coalesce((cur ->> 4)::integer, 0);
            if after_group not in (0, 1) then
                cur := null;
            end if;
        exception when others then
            cur := null;
        end;
        if cur is null then
            raise exception 'bad cursor' using errcode = 'SD005';
        end if;
        if cur ->> 2 is null then  -- inside the empty tail: only ids further on
            keyset := format('%I is null and id %s %s', sort_col, case when descending then '<' else '>' end,
                             (cur ->> 3)::bigint);
        else
            keyset := format('(%1$I, id) %2$s (%3$L::%4$s, %5$s)', sort_col,
                             case when descending then '<' else '>' end, cur ->> 2, col_type, (cur ->> 3)::bigint);
            if nullable then
                keyset := format('(%s or %I is null)', keyset, sort_col);
            end if;
        end if;
    end if;
    if k.parent_kind is null then
        access_expr := format('case when %1$I = $2 then ''owner'' when %2$s then ''scope'' ', k.owner_column,
                              format('%I = any ((select private.visible_owner_ids())::bigint[]) or (select private.sees_all())',
                                     k.owner_column))
            || case when k.pool_column is not null then format('when %I is null then ''pool'' ', k.owner_column) else '' end
            || case when k.shares then format('when id = any ((select private.shared_record_ids(%L, true))::bigint[]) '
                                              'then ''write'' else ''read'' ', k.kind) else '' end
            || 'end';
    else
        access_expr := 'null::text';
    end if;
    if f.grams is not null and sort_col = 'name_sort' then
        prefix := nullif(split_part(private.pinyin_key(btrim(p_query ->> 'search')), '!', 1), '');
    end if;
    -- In the prefix group the name index range drives the query (in order, stopping at the page's
    -- end); the search index there would make the planner fetch every match and sort them.
    groups := case when prefix is null then array[private.search_index_cond(f)]
                   else array['name_sort >= $9 and name_sort < $9 || chr(127)',
                              'not (name_sort >= $9 and name_sort < $9 || chr(127)) and '
                              || private.search_index_cond(f)] end;
    for g in after_group + 1 .. cardinality(groups) loop
        stmt := format('select id, jsonb_build_array(%L::text, %L::boolean, %I, id, %s)::text as cursor, '
                       'coalesce((%s), false) as can_edit, coalesce((%s), false) as can_manage, %s as access, '
                       '%I as sort_value from %s where %s and %s and %s',
                       sort_key, descending, sort_col, g - 1, k.write_check, k.hand_on_check, access_expr,
                       sort_col, k.table_name, f.conds, groups[g],
                       case when g = after_group + 1 then keyset else 'true' end);
        if f.narrow then
            -- a planning fence: fetch the few visible rows by the owner index, then sort them
            stmt := format('select id, cursor, can_edit, can_manage, access from (%s offset 0) v '
                           'order by sort_value %s%s, id %s limit %s', stmt, dir,
                           case when nullable then ' nulls last' else '' end, dir, lim);
        else
            stmt := format('select id, cursor, can_edit, can_manage, access from (%s order by %I %s%s, id %s limit %s) v',
                           stmt, sort_col, dir, case when nullable then ' nulls last' else '' end, dir, lim);
        end if;
        if current_setting('client_min_messages') like 'debug%' then
            -- the statement with its values, for the benchmark and support ("what did my list run?"):
            -- it holds nothing but the caller's own request and scope
            raise debug 'salesdesk list: %', private.inline_params(stmt, array[
                quote_nullable(p_query) || '::jsonb', quote_nullable(f.me) || '::bigint',
                quote_nullable(f.owners) || '::bigint[]', quote_nullable(f.pools) || '::bigint[]',
                quote_nullable(f.shared) || '::bigint[]', quote_nullable(f.grams) || '::text[]',
                quote_nullable(f.pattern) || '::text', quote_nullable(f.units) || '::bigint[]',
                quote_nullable(prefix) || '::text']);
        end if;
        if prefix is not null and g = 1 and not f.narrow then
            -- The prefix group must walk the name index range in order and stop at the page's
            -- end. Under RLS the planner cannot tell how many rows the policy lets through and
            -- fetches the whole range to sort it instead (广州 at 300k customers: 527 ms for a
            -- page that the ordered walk reads in 6 ms), so for this one statement it may not.
            perform set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true);
        end if;
        return query execute stmt
            using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, prefix;
        get diagnostics n = row_count;
        perform set_config('enable_bitmapscan', bitmapscan, true), set_config('enable_seqscan', seqscan, true);
        lim := lim - n;
        exit when lim <= 0;
    end loop;
end
$$;

-- The search index condition of a list filter ('true' without a search).
create or replace function private.search_index_cond(f private.list_filter) returns text
    language sql immutable
    set search_path = pg_catalog, pg_temp
as $$
    select case when f.grams is null then 'true' else 'search_grams @> $6' end
$$;

-- How many rows the list would show: exact up to p_cap, else (p_cap, false) — "at least".
create or replace function private.list_count(p_kind text, p_query jsonb, p_cap integer)
    returns table (n bigint, exact boolean)
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    f private.list_filter := private.list_filter(p_kind, p_query);
    counted bigint;
begin
    if p_cap is null then
        execute format('select count(*) from %s where %s and %s', f.table_name, f.conds,
                       private.search_index_cond(f))
            into counted using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units;
        return query select counted, true;
    else
        execute format('select count(*) from (select 1 from %s where %s and %s limit %s) x', f.table_name,
                       f.conds, private.search_index_cond(f), p_cap + 1)
            into counted using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units;
        return query select least(counted, p_cap), counted <= p_cap;
    end if;
end
$$;

-- The caller's rights on one record: (visible, can_edit, can_manage, access).
create or replace function private.record_rights(p_kind text, p_id bigint,
                                                 out visible boolean, out can_edit boolean,
                                                 out can_manage boolean, out version integer)
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds := private.kind(p_kind);
begin
    -- coalesce: on a pool record `owner_id = any (...)` is NULL, and NULL rights would slip past
    -- every `if not r.can_edit` (an archive that silently did nothing, SD002 for SD003)
    execute format('select true, coalesce((%s), false), coalesce((%s), false), version from %s where id = $1',
                   k.write_check, k.hand_on_check, k.table_name)
        into visible, can_edit, can_manage, version using p_id;
    visible := coalesce(visible, false);
end
$$;

-- Only the declared columns, else SD005.
create or replace function private.check_columns(p_values jsonb, p_allowed text[]) returns void
    language plpgsql immutable
    set search_path = pg_catalog, pg_temp
as $$
declare
    key text;
begin
    if jsonb_typeof(coalesce(p_values, '{}')) <> 'object' then
        raise exception 'values must be an object' using errcode = 'SD005';
    end if;
    for key in select jsonb_object_keys(coalesce(p_values, '{}')) loop
        if not key = any (p_allowed) then
            raise exception 'the field % cannot be written here', key using errcode = 'SD005';
        end if;
    end loop;
end
$$;

-- The checks before every write of one record, in this order and without a lock: P0002 unless
-- visible, SD003 unless writable, SD002 unless still at `p_version` (NULL: any). Its version.
create or replace function private.writable_checked(p_kind text, p_id bigint, p_version integer)
    returns integer
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    r record := private.record_rights(p_kind, p_id);
begin
    if not r.visible then
        raise exception 'record not found' using errcode = 'P0002';
    elsif not r.can_edit then
        raise exception 'read only' using errcode = 'SD003';
    elsif p_version is not null and r.version <> p_version then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    return r.version;
end
$$;
grant execute on function private.writable_checked(text, bigint, integer) to salesdesk_api;

-- P0002 unless the record is visible; SD004 unless the caller may hand it on (not for a claim).
create or replace function private.hand_on_checked(p_kind text, p_id bigint, p_claim boolean)
    returns void
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    r record := private.record_rights(p_kind, p_id);
begin
    if not r.visible then
        raise exception 'record not found' using errcode = 'P0002';
    elsif not p_claim and not r.can_manage then
        raise exception 'not yours to hand on' using errcode = 'SD004';
    end if;
end
$$;
grant execute on function private.hand_on_checked(text, bigint, boolean) to salesdesk_api;

grant execute on function private.inline_params(text, text[]), private.list_filter(text, jsonb),
    private.search_index_cond(private.list_filter),
    private.list_page(text, jsonb, text, boolean, text, integer), private.list_count(text, jsonb, integer),
    private.record_rights(text, bigint), private.check_columns(jsonb, text[])
    to salesdesk_api;

-- ---------------------------------------------------------------------------
-- API: who am I, versions, the directory
-- ---------------------------------------------------------------------------
reset role;
set local role salesdesk_api;

create or replace function api.schema_version() returns text
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select private.schema_version()
$$;

create or replace function api.whoami()
    returns table (employee_id bigint, login text, name text, unit_id bigint, unit_name text,
                   position_name text, level text, data_scope text, position_name_en text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select e.id, e.login, e.name, u.id, u.name, p.name, p.level, p.data_scope, p.name_en
    from sales.employees e
        join sales.org_units u on u.id = e.unit_id
        join sales.positions p on p.id = e.position_id
    where e.id = private.current_employee_id()
$$;

-- The company directory, for pickers and psql: active people, `in_scope` when their records
-- are in the caller's scope. Sorted by pinyin.
create or replace function api.employee_rows()
    returns table (id bigint, login text, name text, unit_id bigint, unit_name text,
                   position_name text, position_name_en text, level text, manager_id bigint,
                   email text, phone text, active boolean, in_scope boolean, name_sort text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select e.id, e.login, e.name, e.unit_id, u.name, p.name, p.name_en, p.level, e.manager_id,
           e.email, e.phone, e.active,
           private.sees_all() or e.id = any (private.visible_owner_ids()), e.name_sort
    from sales.employees e
        join sales.org_units u on u.id = e.unit_id
        join sales.positions p on p.id = e.position_id
    where private.require_employee() is not null
    order by e.name_sort, e.id
$$;

create or replace function api.org_unit_rows()
    returns table (id bigint, parent_id bigint, code text, name text, kind text, pool_id bigint,
                   pool_name text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select u.id, u.parent_id, u.code, u.name, u.kind, p.id, p.name
    from sales.org_units u left join sales.customer_pools p on p.unit_id = u.id  -- pools: if visible
    where private.require_employee() is not null
    order by u.id
$$;

create or replace function api.position_rows()
    returns table (id bigint, code text, name text, name_en text, level text, data_scope text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select p.id, p.code, p.name, p.name_en, p.level, p.data_scope from sales.positions p
    where private.require_employee() is not null
    order by p.id
$$;

-- Active employees matching a search (name, login or unit), company-wide: share and reassign
-- pickers reach across units and regions. People in the caller's scope first.
create or replace function api.directory(p_search text default '', p_limit integer default 50)
    returns table (id bigint, login text, name text, unit_id bigint, unit_name text,
                   position_name text, position_name_en text, level text, in_scope boolean)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select r.id, r.login, r.name, r.unit_id, r.unit_name, r.position_name, r.position_name_en, r.level,
           r.in_scope
    from api.employee_rows() r
    where r.active
      and (coalesce(p_search, '') = ''
           or strpos(lower(r.name), lower(btrim(p_search))) > 0
           or strpos(r.login, lower(btrim(p_search))) > 0
           or strpos(lower(r.unit_name), lower(btrim(p_search))) > 0)
    order by not r.in_scope, r.name_sort, r.id
    limit greatest(1, least(coalesce(p_limit, 50), 500))
$$;

-- Active people whose records are in the caller's scope: the owner filter's choices.
create or replace function api.assignable_employees()
    returns table (id bigint, login text, name text, unit_id bigint, unit_name text,
                   position_name text, position_name_en text, level text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select r.id, r.login, r.name, r.unit_id, r.unit_name, r.position_name, r.position_name_en, r.level
    from api.employee_rows() r
    where r.active and r.in_scope
    order by r.name_sort, r.id
$$;

-- ---------------------------------------------------------------------------
-- API: the change feed
-- ---------------------------------------------------------------------------

-- Changes after `p_seq` that the caller may see now (their record is visible, or they are its
-- subject), oldest first, and the feed's head: the next call passes max(seq, head) back.
create or replace function api.changes_since(p_seq bigint, p_limit integer default 500)
    returns table (seq bigint, kind text, record_id bigint, root_kind text, root_id bigint, op text,
                   about_me boolean, at timestamptz, head bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with head as (select private.changes_head() as head where private.require_employee() is not null),
    page as (
        select c.seq, c.kind, c.record_id, c.root_kind, c.root_id, c.op,
               c.subject_id is not distinct from private.current_employee_id(), c.at
        from private.changes c
        where c.seq > coalesce(p_seq, 0) and c.seq <= (select head from head)
        order by c.seq
        limit greatest(1, least(coalesce(p_limit, 500), 5000))
    )
    select p.*, h.head from head h left join page p on true
$$;

-- ---------------------------------------------------------------------------
-- API: generic record operations (any declared kind)
-- ---------------------------------------------------------------------------

create or replace function api.record_count(p_kind text, p_query jsonb default '{}',
                                            p_cap integer default null)
    returns table (n bigint, exact boolean)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from private.list_count(p_kind, p_query, p_cap)
$$;

-- The caller's rights on a record (visible, can_edit, can_manage, version); P0002 when hidden.
create or replace function api.record_rights(p_kind text, p_id bigint)
    returns table (can_edit boolean, can_manage boolean, version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    r record;
begin
    perform private.require_employee();
    r := private.record_rights(p_kind, p_id);
    if not r.visible then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query select r.can_edit, r.can_manage, r.version;
end
$$;

-- Create a record from the given fields (the declared insertable/writable columns; an owned
-- kind may name its owner or pool, by default the caller owns it). Returns its id.
create or replace function api.record_create(p_kind text, p_values jsonb) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    me bigint := private.require_employee();
    k private.record_kinds := private.kind(p_kind);
    v jsonb := coalesce(p_values, '{}');
    cols text[];
    new_id bigint;
begin
    cols := k.insertable || k.writable;
    if k.parent_kind is null then
        cols := cols || k.owner_column || coalesce(k.pool_column, k.owner_column);
        if not v ? k.owner_column and not (k.pool_column is not null and v ? k.pool_column) then
            v := v || jsonb_build_object(k.owner_column, me);
        end if;
    end if;
    perform private.check_columns(v, cols);
    execute format('insert into %1$s (%2$s) select %2$s from jsonb_populate_record(null::%1$s, $1) returning id',
                   k.table_name, (select string_agg(quote_ident(c), ', ') from jsonb_object_keys(v) c))
        into new_id using v;
    return new_id;
end
$$;

-- Save fields of version `p_version` of a record. Returns the new version.
create or replace function api.record_update(p_kind text, p_id bigint, p_version integer, p_values jsonb)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    k private.record_kinds;
    current_version integer;
    new_version integer;
begin
    perform private.require_employee();
    k := private.kind(p_kind);
    perform private.check_columns(p_values, k.writable);
    current_version := private.writable_checked(p_kind, p_id, p_version);  -- no lock yet
    if coalesce(p_values, '{}'::jsonb) = '{}'::jsonb then  -- nothing to save (NULL too)
        return current_version;
    end if;
    execute format('update %1$s t set (%2$s) = (select %2$s from jsonb_populate_record(null::%1$s, $1)) '
                   'where t.id = $2 and ($3::integer is null or t.version = $3) returning t.version',
                   k.table_name, (select string_agg(quote_ident(c), ', ') from jsonb_object_keys(p_values) c))
        into new_version using p_values, p_id, p_version;
    if new_version is null then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    return new_version;
end
$$;

-- Remove a child record users may delete (e.g. a contact).
create or replace function api.record_delete(p_kind text, p_id bigint, p_version integer default null)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    k private.record_kinds;
    n integer;
begin
    perform private.require_employee();
    k := private.kind(p_kind);
    if not k.deletable then
        raise exception 'records of this kind are archived, not deleted' using errcode = 'SD005';
    end if;
    perform private.writable_checked(p_kind, p_id, p_version);
    execute format('delete from %s where id = $1 and ($2::integer is null or version = $2)', k.table_name)
        using p_id, p_version;
    get diagnostics n = row_count;
    if n = 0 then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
end
$$;

-- Archive (soft delete) or restore a record; returns the new version.
create or replace function api.record_archive(p_kind text, p_id bigint, p_version integer default null,
                                              p_archived boolean default true)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    k private.record_kinds;
    new_version integer;
begin
    perform private.require_employee();
    k := private.kind(p_kind);
    if not k.archivable then
        raise exception 'records of this kind are not archived' using errcode = 'SD005';
    end if;
    perform private.writable_checked(p_kind, p_id, p_version);
    execute format('update %s set archived_at = case when $2 then coalesce(archived_at, now()) end '
                   'where id = $1 returning version', k.table_name)
        into new_version using p_id, p_archived;
    return new_version;
end
$$;

-- Hand a record on: to another active employee, back to the pool, or claim it from a pool.

create or replace function api.record_transfer(p_kind text, p_id bigint, p_new_owner bigint, p_reason text)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    perform private.hand_on_checked(p_kind, p_id, false);
    perform private.move_record(p_kind, p_id, 'transfer', p_new_owner, p_reason);
end
$$;

create or replace function api.record_release(p_kind text, p_id bigint, p_reason text)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    perform private.hand_on_checked(p_kind, p_id, false);
    perform private.move_record(p_kind, p_id, 'release', null, p_reason);
end
$$;

create or replace function api.record_claim(p_kind text, p_id bigint)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    perform private.hand_on_checked(p_kind, p_id, true);
    perform private.move_record(p_kind, p_id, 'claim', null, null);
end
$$;

-- Share a record with an employee (read or write, optionally until a time), or change the share.
create or replace function api.record_share(p_kind text, p_id bigint, p_employee bigint,
                                            p_access text default 'read', p_expires_at timestamptz default null,
                                            p_note text default null)
    returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    k private.record_kinds;
    share_id bigint;
begin
    perform private.require_employee();
    k := private.kind(p_kind);
    if not k.shares then
        raise exception 'records of this kind are not shared' using errcode = 'SD005';
    end if;
    perform private.hand_on_checked(p_kind, p_id, false);
    if p_expires_at is not null and p_expires_at <= statement_timestamp() then
        raise exception 'the end date must be in the future' using errcode = '23514';
    end if;
    insert into sales.record_shares (kind, record_id, employee_id, access, expires_at, note)
    values (p_kind, p_id, p_employee, p_access, p_expires_at, p_note)
    on conflict (kind, record_id, employee_id) do update
        set access = excluded.access, expires_at = excluded.expires_at, note = excluded.note
    returning id into share_id;
    return share_id;
end
$$;

create or replace function api.record_unshare(p_kind text, p_id bigint, p_employee bigint)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    n integer;
begin
    perform private.require_employee();
    delete from sales.record_shares where kind = p_kind and record_id = p_id and employee_id = p_employee;
    get diagnostics n = row_count;
    if n = 0 then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
end
$$;

-- The shares of a visible record that the caller may see.
create or replace function api.record_shares(p_kind text, p_id bigint)
    returns table (id bigint, record_id bigint, employee_id bigint, employee_name text, access text,
                   expires_at timestamptz, active boolean, note text, version integer,
                   created_at timestamptz, created_by_name text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if not (private.record_rights(p_kind, p_id)).visible then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query
        select s.id, s.record_id, s.employee_id, e.name, s.access, s.expires_at,
               s.expires_at is null or s.expires_at > statement_timestamp(), s.note, s.version,
               s.created_at, c.name
        from sales.record_shares s
            join sales.employees e on e.id = s.employee_id
            left join sales.employees c on c.id = s.created_by
        where s.kind = p_kind and s.record_id = p_id
        order by e.name_sort, s.id;
end
$$;

-- Owner and pool changes of a visible record, newest first.
create or replace function api.record_history(p_kind text, p_id bigint)
    returns table (id bigint, changed_at timestamptz, from_owner_id bigint, from_owner_name text,
                   to_owner_id bigint, to_owner_name text, from_pool_unit_name text,
                   to_pool_unit_name text, reason text, changed_by_name text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if not (private.record_rights(p_kind, p_id)).visible then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query
        select h.id, h.changed_at, h.from_owner_id, fo.name, h.to_owner_id, tw.name, fu.name, tu.name,
               h.reason, coalesce(b.name, h.changed_by_login)
        from sales.ownership_history h
            left join sales.employees fo on fo.id = h.from_owner_id
            left join sales.employees tw on tw.id = h.to_owner_id
            left join sales.org_units fu on fu.id = h.from_pool_unit_id
            left join sales.org_units tu on tu.id = h.to_pool_unit_id
            left join sales.employees b on b.id = h.changed_by
        where h.kind = p_kind and h.record_id = p_id
        order by h.changed_at desc, h.id desc;
end
$$;

-- Audited changes of a visible record and its child records, newest first.
create or replace function api.record_audit(p_kind text, p_id bigint, p_limit integer default 500)
    returns table (id bigint, at timestamptz, actor_id bigint, actor_name text, kind text,
                   record_id bigint, op text, old_values jsonb, new_values jsonb)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if not (private.record_rights(p_kind, p_id)).visible then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query
        select a.id, a.at, a.actor_id, coalesce(e.name, a.actor_login), a.kind, a.record_id, a.op,
               a.old_values, a.new_values
        from sales.audit_log a left join sales.employees e on e.id = a.actor_id
        where a.root_kind = p_kind and a.root_id = p_id
        order by a.at desc, a.id desc
        limit greatest(1, least(coalesce(p_limit, 500), 5000));
end
$$;

-- ---------------------------------------------------------------------------
-- Read views for psql, Excel ODBC and BI tools (one per kind comes with its declaration)
-- ---------------------------------------------------------------------------
create or replace view api.employees as select * from api.employee_rows();
create or replace view api.org_units as select * from api.org_unit_rows();
create or replace view api.positions as select * from api.position_rows();

reset role;
-- Employees: EXECUTE on the API functions and SELECT on its views, nothing else.
revoke all on all functions in schema api from public;
grant execute on all functions in schema api to salesdesk_user;
grant select on all tables in schema api to salesdesk_user;
