-- 0017 the list machinery for any kind (issue 12 §1): every declared sort is index-backed and
-- read in index order by the list, and a kind's search is a declaration.
--
-- 1. Sorts. private.declare_kind now creates, for every column the kind's sorts name, the indexes
--    a list reads it by (private.index_sorts): (sort, id) for the wide scopes' ordered walk,
--    (owner, sort, id) and (pool, sort, id) for a narrow scope's merge of its owners' and pools'
--    rows, (parent, sort, id) for a child kind's list. private.list_page uses, for every sort,
--    what it used for the name only: the merge for a narrow scope, the bounded ordered walk
--    under the scope hint for a wide scope's search. A nullable sort's empty values are a group
--    of their own after the valued rows (as before: last in both directions), so each group is
--    read in the index's order, forwards or backwards. Measured at 1M customers (README
--    "Performance"): by updated_at the director's first page took 625 ms, the manager's 234 ms.
-- 2. Search. private.declare_search(kind, name column, text columns, digit columns, pinyin
--    columns) adds the derived name_sort / search_text / search_grams columns, the generic derive
--    trigger (private.search_derive) and the bigram index, and makes "name" sort by the pinyin
--    key; list_page's prefix group, walk and search conditions then serve the kind as they serve
--    customers. The customer keeps its own derive trigger (its search text also holds its
--    contacts' names and numbers): it is declared with p_derive.
set local role salesdesk_owner;

alter table private.record_kinds
    -- what the kind's search is made of (private.declare_search): name, text, digits, pinyin, derive
    add column if not exists search_spec jsonb;

-- An index on exactly these key columns (btree, in this order), unless one exists already (a
-- partial one counts when p_where is given: the lists that use it carry that condition).
create or replace procedure private.ensure_index(p_table regclass, p_columns text[], p_where text default null)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    attnums int2[] := array(select a.attnum from unnest(p_columns) with ordinality u(c, o)
                            join pg_attribute a on a.attrelid = p_table and a.attname = u.c and not a.attisdropped
                            order by u.o);
begin
    if cardinality(attnums) <> cardinality(p_columns) then
        raise exception 'table % has no column among %', p_table, p_columns;
    end if;
    if exists (select 1 from pg_index i join pg_class c on c.oid = i.indexrelid
               join pg_am am on am.oid = c.relam
               where i.indrelid = p_table and am.amname = 'btree' and i.indexprs is null
                 and i.indnkeyatts = cardinality(attnums)
                 and string_to_array(i.indkey::text, ' ')::int2[] = attnums
                 and (i.indpred is null or p_where is not null)) then
        return;
    end if;
    execute format('create index on %s (%s)%s', p_table,
                   (select string_agg(quote_ident(c), ', ') from unnest(p_columns) c),
                   coalesce(' where ' || p_where, ''));
end
$$;

-- The indexes every declared sort of a kind needs (called by declare_kind). A btree entry holds at
-- most 2,704 bytes: a sorted text column that nothing bounds gets a check (2,000 bytes) so that a
-- huge value is refused (23514) instead of failing in the index (54000). Not validated against
-- the rows already there (a longer one would have failed the index build: move it first).
create or replace procedure private.index_sorts(p_kind text)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    col text;
    bound text;
begin
    select * into strict k from private.record_kinds where kind = p_kind;
    for col in select distinct s.value from jsonb_each_text(k.sorts) s order by 1 loop
        bound := (select c.relname from pg_class c where c.oid = k.table_name) || '_' || col || '_sortable';
        if not col = any (k.derived) and exists (
               select 1 from pg_attribute a where a.attrelid = k.table_name and a.attname = col
               and a.atttypid in ('text'::regtype, 'varchar'::regtype) and a.atttypmod < 0)
           and not exists (select 1 from pg_constraint c where c.conrelid = k.table_name and c.conname = bound) then
            execute format('alter table %s add constraint %I check (octet_length(%I) <= 2000) not valid',
                           k.table_name, bound, col);
        end if;
        if k.parent_kind is not null then
            call private.ensure_index(k.table_name, array[k.parent_column, col, 'id']);
        else
            call private.ensure_index(k.table_name, array[col, 'id']);
            call private.ensure_index(k.table_name, array[k.owner_column, col, 'id']);
            if k.pool_column is not null then
                call private.ensure_index(k.table_name, array[k.pool_column, col, 'id'],
                                          format('%I is not null', k.pool_column));
            end if;
        end if;
    end loop;
end
$$;

-- A kind's declaration again, as stored (after a later declaration changed part of it).
create or replace procedure private.redeclare_kind(p_kind text)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
begin
    select * into strict k from private.record_kinds where kind = p_kind;
    call private.declare_kind(k.kind, k.table_name, k.view_name, k.owner_column, k.pool_column,
                              k.parent_kind, k.parent_column, k.shares, k.archivable, k.deletable,
                              k.insertable, k.writable, k.derived, k.sorts, k.filters, k.search);
end
$$;

-- The search text of a row under a kind's search declaration: the text columns normalised, the
-- digit columns' digits, the pinyin columns' full pinyin and initials, one field each (\x1f).
create or replace function private.search_text_of(p_row jsonb, p_spec jsonb) returns text
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select concat_ws(E'\x1f', variadic array(
        select v from (
            select 1 as part, o, private.search_norm(p_row ->> c) as v
            from jsonb_array_elements_text(p_spec -> 'text') with ordinality t(c, o)
            union all
            select 2, o, private.search_digits(p_row ->> c)
            from jsonb_array_elements_text(p_spec -> 'digits') with ordinality t(c, o)
            union all
            select 3, o, private.pinyin_search(p_row ->> c)
            from jsonb_array_elements_text(p_spec -> 'pinyin') with ordinality t(c, o)) x
        order by part, o))
$$;
revoke all on function private.search_text_of(jsonb, jsonb) from public;

-- The generic derive trigger of a declared search (argument: the kind's search_spec): the name's
-- pinyin sort key, the search text and its bigrams, as customer_derive computes them.
create or replace function private.search_derive() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    spec jsonb := tg_argv[0]::jsonb;
    r jsonb := to_jsonb(new);
begin
    new.name_sort := coalesce(private.pinyin_key(r ->> (spec ->> 'name')), '');
    new.search_text := private.search_text_of(r, spec);
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$$;
revoke all on function private.search_derive() from public;

-- A kind's search: substring (bigram index) over p_text (normalised) and p_digits (digits only)
-- columns, full pinyin and initials of p_pinyin columns, and "name" sorting by the pinyin key of
-- p_name. Adds the derived columns name_sort, search_text, search_grams (computed by
-- private.search_derive, or by the kind's own trigger function p_derive, which must be attached
-- as the table's trigger "derive"), the bigram index, and the sorts' indexes (redeclaring the
-- kind). Declare it while the table is empty or as the superuser: rows already there are
-- computed by an update the owner makes under forced row-level security (it sees none).
create or replace procedure private.declare_search(p_kind text, p_name text, p_text text[] default null,
                                                   p_digits text[] default '{}', p_pinyin text[] default null,
                                                   p_derive regproc default null)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds := private.kind(p_kind);
    spec jsonb := jsonb_build_object('name', p_name, 'text', to_jsonb(coalesce(p_text, array[p_name])),
                                     'digits', to_jsonb(coalesce(p_digits, '{}')),
                                     'pinyin', to_jsonb(coalesce(p_pinyin, array[p_name])),
                                     'derive', coalesce(p_derive::text, 'private.search_derive'));
    added boolean;
    col text;
begin
    if k.parent_kind is not null then
        raise exception 'kind %: a child kind is searched with its parent', p_kind;
    end if;
    for col in select distinct c from jsonb_array_elements_text((spec -> 'text') || (spec -> 'digits')
                                                                || (spec -> 'pinyin') || jsonb_build_array(p_name)) c loop
        if not exists (select 1 from pg_attribute a where a.attrelid = k.table_name and a.attname = col
                       and a.attnum > 0 and not a.attisdropped) then
            raise exception 'kind %: no column % to search', p_kind, col;
        end if;
    end loop;
    added := not exists (select 1 from pg_attribute a where a.attrelid = k.table_name and a.attname = 'name_sort'
                         and not a.attisdropped);
    execute format('alter table %s add column if not exists name_sort text collate "C" not null default '''', '
                   'add column if not exists search_text text, add column if not exists search_grams text[]',
                   k.table_name);
    if p_derive is null then
        execute format('drop trigger if exists derive on %s', k.table_name);
        execute format('create trigger derive before insert or update on %s for each row '
                       'execute function private.search_derive(%L)', k.table_name, spec::text);
    end if;
    if not exists (select 1 from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
                   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                   where i.indrelid = k.table_name and am.amname = 'gin' and a.attname = 'search_grams') then
        execute format('create index on %s using gin (search_grams)', k.table_name);
    end if;
    update private.record_kinds r
    set search = true, search_spec = spec,
        sorts = r.sorts || jsonb_build_object('name', 'name_sort'),
        derived = r.derived || array(select c from unnest(array['name_sort', 'search_text', 'search_grams']) c
                                     where not c = any (r.derived))
    where r.kind = p_kind;
    call private.redeclare_kind(p_kind);
    if added then
        execute format('alter table %s disable trigger user', k.table_name);
        execute format('alter table %s enable trigger derive', k.table_name);
        execute format('update %s set %I = %I', k.table_name, p_name, p_name);
        execute format('alter table %s enable trigger user', k.table_name);
    end if;
end
$$;

-- The list's page (0009's, generalised from the name to every declared sort)
create or replace function private.list_page(p_kind text, p_query jsonb, p_sort text, p_descending boolean,
                                             p_after text, p_limit integer)
    returns table (id bigint, cursor text, can_edit boolean, can_manage boolean, access text)
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $function$
declare
    k private.record_kinds := private.kind(p_kind);
    f private.list_filter := private.list_filter(p_kind, p_query);
    cs private.caller_sets := private.caller_sets(p_kind);
    sort_key text := coalesce(p_sort, 'name');
    descending boolean := coalesce(p_descending, false);
    sort_col text := k.sorts ->> sort_key;
    lim integer := greatest(1, least(coalesce(p_limit, 50), 1000));
    nullable boolean;
    col_type text;
    dir text := case when descending then 'desc' else 'asc' end;
    cmp text := case when descending then '<' else '>' end;
    keyset text := 'true';
    after_group integer := 0;
    cur jsonb;
    access_expr text;
    conds text;
    prefix text;
    groups text[];
    walks text[];
    g integer;
    n integer;
    walked integer;
    walk_rows integer;
    last_sort text;
    last_id bigint;
    r record;
    after_walk text;
    search text;
    late boolean := k.parent_kind is null;
    late_cols text;
    base text;
    branches text[];
    cursor_expr text;
    deco text;
    inner_sel text;
    outer_sel text;
    write_check text;
    hand_on_check text;
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
        if cur ->> 2 is null then  -- inside the empty tail (the last group): only ids further on
            keyset := format('%I is null and id %s %s', sort_col, cmp, (cur ->> 3)::bigint);
            after_group := case when nullable then 1 else after_group end;
        else  -- the empty tail is a group of its own, after this one
            keyset := format('(%1$I, id) %2$s (%3$L::%4$s, %5$s)', sort_col, cmp, cur ->> 2, col_type,
                             (cur ->> 3)::bigint);
        end if;
    end if;
    if k.parent_kind is null then
        access_expr := format('case when %1$I = $2 then ''owner'' when $10 or %1$I = any ($11) then ''scope'' ',
                              k.owner_column)
            || case when k.pool_column is not null then format('when %I is null then ''pool'' ', k.owner_column) else '' end
            || case when k.shares then 'when id = any ($14) then ''write'' else ''read'' ' else '' end
            || 'end';
    else
        access_expr := 'null::text';
    end if;
    conds := private.bind_caller_sets(f.conds, k.kind);
    if f.grams is not null and sort_col = 'name_sort' then
        prefix := nullif(split_part(private.pinyin_key(btrim(p_query ->> 'search')), '!', 1), '');
    end if;
    -- In the prefix group the name index range drives the query (in order, stopping at the page's
    -- end); the search index there would make the planner fetch every match and sort them.
    -- walks[g]: the group's rows without the search, when it is walked in name order first.
    -- A narrow scope's rows are few and fetched by the owner index: the search is tested on them
    -- (ANDing the search index's bitmap of a common term, 科技: 200,000 entries, took 40 ms).
    search := case when f.narrow then private.search_cond(f) else private.search_index_cond(f) end;
    if prefix is null then
        groups := array[search];
        walks := array[case when f.grams is not null and not f.narrow and late then 'true' end];
        if nullable then
            -- The rows without a value come last in either direction, as a group of their own:
            -- inside each group the order is the index's ((sort, id) forwards or backwards), so
            -- every page is an ordered index walk (a nulls-last order in a descending list cannot be
            -- read off one ascending index). A search's name key is never null: no prefix here.
            groups := array[format('%s and %I is not null', search, sort_col),
                            format('%s and %I is null', search, sort_col)];
            walks := array[case when walks[1] is not null then format('%I is not null', sort_col) end,
                           case when walks[1] is not null then format('%I is null', sort_col) end];
        end if;
    else
        groups := array['name_sort >= $9 and name_sort < $9 || chr(127) and ' || private.search_cond(f),
                        'not (name_sort >= $9 and name_sort < $9 || chr(127)) and ' || search];
        walks := array[null, case when not f.narrow and late
                                   then 'not (name_sort >= $9 and name_sort < $9 || chr(127))' end];
    end if;
    -- the columns an owned kind's rights and cursor read (the rest of the row stays behind)
    late_cols := array_to_string(array(select distinct quote_ident(c) from unnest(array['id', k.owner_column,
                                       k.pool_column, sort_col]) c where c is not null), ', ');
    write_check := private.bind_caller_sets(k.write_check, k.kind);
    hand_on_check := private.bind_caller_sets(k.hand_on_check, k.kind);
    for g in after_group + 1 .. cardinality(groups) loop
        cursor_expr := format('jsonb_build_array(%L::text, %L::boolean, %I, id, %s)::text', sort_key, descending,
                              sort_col, g - 1);
        -- An owned kind's rights and cursor are computed for the page's rows only, after the sort
        -- (over the rows in scope they cost more than fetching them: a salesperson's 1,400 rows,
        -- 5.2 ms -> 1.8 ms). A child kind's checks name its table, so they stay inside.
        deco := format('id, %s as cursor, coalesce((%s), false) as can_edit, coalesce((%s), false) as can_manage, '
                       '%s as access', cursor_expr, write_check, hand_on_check, access_expr);
        if late then
            inner_sel := late_cols;
            outer_sel := deco;
        else
            inner_sel := deco;
            outer_sel := 'id, cursor, can_edit, can_manage, access';
        end if;
        if walks[g] is not null then
            -- The walk: this group's rows in scope in name order, at most walk_rows of them, each
            -- tested for the search. A term one name in twenty holds fills a page of 50 within a
            -- thousand rows; the rest of a rarer one's group comes from the search index below.
            walk_rows := 20 * lim;
            stmt := format('select id, sort_value::text as sort_value, hit, case when hit then %s end as cursor, '
                           'case when hit then coalesce((%s), false) end as can_edit, '
                           'case when hit then coalesce((%s), false) end as can_manage, '
                           'case when hit then %s end as access '
                           'from (select %s, %I as sort_value, (%s) as hit from %s where %s and %s and %s '
                           'order by %I %s, id %s limit %s) v',
                           cursor_expr, write_check, hand_on_check, access_expr, late_cols, sort_col,
                           private.search_index_cond(f), k.table_name, conds, walks[g],
                           case when g = after_group + 1 then keyset else 'true' end, sort_col, dir, dir,
                           walk_rows);
            perform private.list_debug(stmt, p_query, f, prefix, cs);
            perform set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true);
            walked := 0;
            for r in execute stmt using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern,
                                        f.units, prefix, cs.sees_all, cs.owners, cs.pools, cs.shared,
                                        cs.shared_write, cs.managed_owners, cs.managed_pools loop
                walked := walked + 1;
                last_sort := r.sort_value;
                last_id := r.id;
                if r.hit then
                    id := r.id;
                    cursor := r.cursor;
                    can_edit := r.can_edit;
                    can_manage := r.can_manage;
                    access := r.access;
                    return next;
                    lim := lim - 1;
                    exit when lim <= 0;
                end if;
            end loop;
            perform set_config('enable_bitmapscan', bitmapscan, true), set_config('enable_seqscan', seqscan, true);
            exit when lim <= 0;
            continue when walked < walk_rows;  -- the group has no more rows
            -- the rest of the group, after the last row walked, through the search index
            after_walk := case when last_sort is null then format('id %s %s', cmp, last_id)
                               else format('(%I, id) %s (%L::%s, %s)', sort_col, cmp, last_sort, col_type, last_id) end;
            stmt := format('select %s, %I as sort_value from %s where %s and %s and %s',
                           inner_sel, sort_col, k.table_name, conds, groups[g], after_walk);
        else
            stmt := format('select %s, %I as sort_value from %s where %s and %s and %s', inner_sel, sort_col,
                           k.table_name, conds, groups[g],
                           case when g = after_group + 1 then keyset else 'true' end);
        end if;
        branches := null;
        if f.narrow and late and f.grams is null
           and position(private.scope_hint(k) in conds) > 0
           and cardinality(f.owners) + coalesce(cardinality(f.pools), 0) <= 16 then
            -- A few owners and pools: each one's rows in sort order from its index (owner or pool,
            -- sort, id; private.index_sorts makes one for every declared sort), merged, so a page reads about its own rows instead of every row in scope
            -- (a salesperson's 1,400, most of them in the pools: 2.5 ms -> 0.6 ms). The parts are
            -- disjoint and together exactly the scope hint. Not for a search: the fence below
            -- tests it on every row in scope once, a merge would walk each part to its end.
            base := format('%s and %s and %s', replace(conds, private.scope_hint(k), 'true'), groups[g],
                           case when g = after_group + 1 then keyset else 'true' end);
            branches := array(select format('%I = ($3)[%s]', k.owner_column, i)
                              from generate_subscripts(f.owners, 1) i)
                || array(select format('%I = ($4)[%s] and (%I = any ($3)) is not true', k.pool_column, i,
                                       k.owner_column)
                         from generate_subscripts(f.pools, 1) i where k.pool_column is not null)
                || case when k.shares and cardinality(f.shared) > 0 then array[format(
                       'id = any ($5) and (%I = any ($3)) is not true', k.owner_column)
                       || case when k.pool_column is not null
                               then format(' and (%I = any ($4)) is not true', k.pool_column) else '' end]
                        else '{}'::text[] end;
            if cardinality(branches) = 0 then
                branches := null;
            else
                stmt := format('select %s from (select * from (%s) u order by sort_value %s, id %s limit %s) v',
                               outer_sel, (select string_agg(format(
                                   '(select %s, %I as sort_value from %s where %s and %s order by %I %s, id %s limit %s)',
                                   inner_sel, sort_col, k.table_name, base, b, sort_col, dir, dir, lim), ' union all ')
                                           from unnest(branches) b), dir, dir, lim);
            end if;
        end if;
        if branches is not null then
            null;  -- the merge above
        elsif f.narrow then
            -- a planning fence: fetch the few visible rows by the owner index, then sort them
            stmt := format('select %s from (select * from (%s offset 0) v0 order by sort_value %s, id %s limit %s) v',
                           outer_sel, stmt, dir, dir, lim);
        else
            stmt := format('select %s from (%s order by %I %s, id %s limit %s) v', outer_sel,
                           stmt, sort_col, dir, dir, lim);
        end if;
        perform private.list_debug(stmt, p_query, f, prefix, cs);
        if prefix is not null and g = 1 and not f.narrow then
            -- The prefix group must walk the name index range in order and stop at the page's
            -- end. Under RLS the planner cannot tell how many rows the policy lets through and
            -- fetches the whole range to sort it instead (广州 at 300k customers: 527 ms for a
            -- page that the ordered walk reads in 6 ms), so for this one statement it may not.
            perform set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true);
        end if;
        return query execute stmt
            using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, prefix,
                  cs.sees_all, cs.owners, cs.pools, cs.shared, cs.shared_write, cs.managed_owners,
                  cs.managed_pools;
        get diagnostics n = row_count;
        perform set_config('enable_bitmapscan', bitmapscan, true), set_config('enable_seqscan', seqscan, true);
        lim := lim - n;
        exit when lim <= 0;
    end loop;
end
$function$;
;

-- 0004's declaration, and every declared sort indexed
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
as $procedure$
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

    -- every declared sort is index-backed, for every way a list reads it
    call private.index_sorts(p_kind);

    call private.apply_log_policies();
end
$procedure$;
;

-- The customer's search as a declaration (its own derive trigger: contacts' names and numbers are
-- in it too), then every kind declared again, parents first, so that each gets its sorts' indexes.
call private.declare_search('customer', 'name', array['name', 'short_name'], array['phone'],
                            array['name', 'short_name'], p_derive => 'private.customer_derive');
do $$
declare
    k private.record_kinds;
begin
    for k in select * from private.record_kinds order by parent_kind is not null, kind loop
        call private.redeclare_kind(k.kind);
    end loop;
end
$$;
