-- A narrow list page read again reads again only the owners whose walk stopped inside it
-- (issue 13 §9: the supervisor's pages at full size, 15 of 34 money pages read twice).
--
-- Since 0072 each owner's walk reads twice its share of the page and marks the row it stopped at;
-- when such a row lies inside the page before its end, the page was read again with a whole page
-- for every owner. Generated and real data cluster by owner in many sorts (one person's recent
-- invoices, one person's large contracts), so a supervisor's page was often read twice over all
-- ten owners: 110 rows and then 510. Only the stopped owners' next rows can change the page, and
-- only the rows of an owner stopped at position p after its stop and before the page's end
-- (at most lim - p of them): those are read from where each walk stopped, by the same owner index,
-- and merged with the first read's page. The merge is final: an owner read again and stopped
-- again stopped at the page's end or after it.
--
-- Everything else is as 0072 left it.

set local role salesdesk_owner;

CREATE OR REPLACE FUNCTION private.list_page(p_kind text, p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer)
 RETURNS TABLE(id bigint, cursor text, can_edit boolean, can_manage boolean, access text)
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds := private.kind(p_kind);
    f private.list_filter := private.list_filter(p_kind, p_query);
    cs private.caller_sets := private.caller_sets(f);  -- the sets the filter already holds, not again
    sort_key text := coalesce(p_sort, 'name');
    descending boolean := coalesce(p_descending, false);
    sort_col text := k.sorts ->> sort_key;
    lim integer := greatest(1, least(coalesce(p_limit, 50), 1000));
    nullable boolean;
    col_type text;
    dir text := case when descending then 'desc' else 'asc' end;
    cmp text := case when descending then '<' else '>' end;
    keyset text := 'true';
    row_key text;  -- the cursor's (sort, id) as values, for an owner's or a pool's row comparison
    here text;
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
    -- whose rows a merged page reads per owner: an owned kind's owner, or a child kind's copy of
    -- its parent's owner (0066)
    owner_col text := coalesce(k.owner_column, k.parent_owner);
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
    narrow_walks boolean;
    per integer;  -- rows an owner's walk reads at most (a page, or its share of one, below)
    got_id bigint[];
    got_cursor text[];
    got_edit boolean[];
    got_manage boolean[];
    got_access text[];
    got_sort text[];
    cut_owner bigint[];  -- the owners whose walk stopped inside the page, where, and how many more
    cut_sort text[];
    cut_id bigint[];
    cut_take integer[];
    after_cut text;
    i integer;
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
            row_key := format('%L::%s, %s', cur ->> 2, col_type, (cur ->> 3)::bigint);
            keyset := format('(%I, id) %s (%s)', sort_col, cmp, row_key);
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
                                       k.pool_column, k.parent_column, sort_col]) c where c is not null), ', ');
    write_check := private.bind_caller_sets(k.write_check, k.kind);
    hand_on_check := private.bind_caller_sets(k.hand_on_check, k.kind);
    if k.parent_owner is not null and f.narrow then
        -- A child kind paged by its kept owner (0066): its rights too are computed for the page's
        -- rows only, after the sort. Its checks read the parent through the row's reference, which
        -- the page's rows carry (v below). Computed in each owner's walk they cost two parent
        -- lookups and their init plans per row walked (a supervisor's ten owners at full size: 7.2 -> 3.3 ms).
        late := true;
        write_check := replace(write_check, format('%s.%I', k.table_name, k.parent_column),
                               format('v.%I', k.parent_column));
        hand_on_check := replace(hand_on_check, format('%s.%I', k.table_name, k.parent_column),
                                 format('v.%I', k.parent_column));
    end if;
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
        narrow_walks := f.narrow and (late or k.parent_owner is not null) and f.grams is null
                        and position(private.scope_hint(k) in conds) > 0
                        and cardinality(f.owners) + coalesce(cardinality(f.pools), 0) <= 16;
        -- Each owner's walk reads its share of the page, twice over (at least 2 rows), instead of
        -- a whole page (0072): a supervisor's ten owners read 110 rows for a page of 51, not 510,
        -- and under RLS each row read costs the policy's test (a child kind's: a lookup of its
        -- parent). The page is right unless an owner whose walk stopped at its share has its last
        -- row read inside the page before the page's end (its next rows might belong there too):
        -- then those owners' next rows are read and merged with the page (0073).
        per := lim;
        if narrow_walks then
            per := least(lim, greatest(2, ceil(2.0 * lim / greatest(cardinality(f.owners), 1))::integer));
        end if;
        <<walks_read>>
        begin
            branches := null;
            if narrow_walks then
                -- A few owners and pools: each one's rows in sort order from its index (owner or pool,
                -- sort, id; private.index_sorts makes one for every declared sort), so a page reads about its own rows instead of every row in scope
                -- (a salesperson's 1,400, most of them in the pools: 2.5 ms -> 0.6 ms). The parts are
                -- disjoint and together exactly the scope hint. Not for a search: the fence below
                -- tests it on every row in scope once, a merge would walk each part to its end.
                base := format('%s and %s', replace(conds, private.scope_hint(k), 'true'), groups[g]);
                here := case when g = after_group + 1 then keyset else 'true' end;
                -- The owners' rows, each owner's from its own index (owner, sort, id), ordered by all
                -- three, at most a page each, by one lateral walk over the owners; the owner bounded as
                -- a range, which is no constant to the planner, and the cursor one row comparison led by
                -- the owner: no other index can give that order or serve that comparison. With
                -- `owner = x` and the cursor's (sort, id) the planner could walk the sort's own index
                -- from the cursor past every other owner's rows instead, and did whenever it expected
                -- few rows past the cursor (100,000 deals stamped by one bulk load: a supervisor's deep
                -- page by updated_at read 20,000 rows of others per owner, 60-90 ms; now about 50 per
                -- owner). The walks' rows (at most a page per owner) are sorted for the page below.
                -- Until 0070 each owner was a branch of its own, merged in order: planning grew with
                -- the owners and each branch evaluated the policy's caller sets again (a supervisor's
                -- ten owners: 1.7 ms planning, 3.2 ms running; as one walk 0.6 and 2.4 ms).
                -- (cut: the row an owner's walk stopped at, when it stopped at `per` rows)
                branches := array[format(
                        '(select w.*, o.walk_owner from unnest($3) o (walk_owner) cross join lateral (select x.*, '
                        'row_number() over (order by x.sort_value %7$s, x.id %7$s) = %8$s as cut '
                        'from (select %1$s, %2$I as sort_value '
                        'from %3$s where %4$s and %5$I between o.walk_owner and o.walk_owner and %6$s '
                        'order by %5$I %7$s, %2$I %7$s, id %7$s limit %8$s) x) w)',
                        inner_sel, sort_col, k.table_name, base, owner_col,
                        case when g = after_group + 1 and row_key is not null
                             then format('(%1$I, %2$I, id) %3$s (o.walk_owner, %4$s)', owner_col, sort_col, cmp, row_key)
                             else here end, dir, per)]
                    -- each pool's rows (not owned in scope) from its index (pool, sort, id), like the owners'
                    -- (200,000 leads, one stamp shared by many: a salesperson's deep page by updated_at
                    -- read 12,000 rows of other regions per pool, 11-15 ms; now 51 per pool, 0.6 ms)
                    || array(select format(
                        '(select w.* from unnest($4) o (walk_pool) cross join lateral (select %1$s, %2$I as sort_value, '
                        'false as cut, null::bigint as walk_owner '
                        'from %3$s where %4$s and %5$I between o.walk_pool and o.walk_pool '
                        'and (%6$I = any ($3)) is not true and %7$s '
                        'order by %5$I %8$s, %2$I %8$s, id %8$s limit %9$s) w)',
                        inner_sel, sort_col, k.table_name, base, k.pool_column, k.owner_column,
                        case when g = after_group + 1 and row_key is not null
                             then format('(%1$I, %2$I, id) %3$s (o.walk_pool, %4$s)', k.pool_column, sort_col, cmp, row_key)
                             else here end, dir, lim)
                    where k.pool_column is not null and cardinality(f.pools) > 0);
                if (k.shares or k.parent_owner is not null) and cardinality(f.shared) > 0 then
                    -- The rows reached through shares, teams and routes (owner and pool outside the
                    -- scope): fetched by their ids and sorted, behind a planning fence. Left to itself
                    -- the planner walked the sort index from the cursor testing each row against the
                    -- set (a salesperson's deep page of follow-ups: 85,000 rows read, 50 ms). A child
                    -- kind's: the rows under the parents shared with me, by the parent's index.
                    branches := branches || format(
                        '(select * from (select %s, %I as sort_value, false as cut, null::bigint as walk_owner from %s '
                        'where %s and %I = any ($5) '
                        'and (%I = any ($3)) is not true%s offset 0) s where %s order by sort_value %s, id %s limit %s)',
                        inner_sel, sort_col, k.table_name, base, coalesce(k.parent_column, 'id'), owner_col,
                        case when k.pool_column is not null
                             then format(' and (%I = any ($4)) is not true', k.pool_column) else '' end,
                        here, dir, dir, lim);
                end if;
                if cardinality(branches) = 0 then
                    branches := null;
                else
                    stmt := format('select %s, cut, walk_owner, sort_value::text as cut_sort '
                                   'from (select * from (%s) u order by sort_value %s, id %s limit %s) v',
                                   outer_sel, array_to_string(branches, ' union all '), dir, dir, lim);
                end if;
            end if;
            if branches is not null then
                -- the walks above; the statement says how it is planned (see below), for whoever
                -- reads it from the debug message and runs it again
                stmt := '/* planned with enable_bitmapscan and enable_seqscan off */ ' || stmt;
            elsif f.narrow then
                -- a planning fence: fetch the few visible rows by the owner index, then sort them
                stmt := format('select %s from (select * from (%s offset 0) v0 order by sort_value %s, id %s limit %s) v',
                               outer_sel, stmt, dir, dir, lim);
            else
                stmt := format('select %s from (%s order by %I %s, id %s limit %s) v', outer_sel,
                               stmt, sort_col, dir, dir, lim);
            end if;
            perform private.list_debug(stmt, p_query, f, prefix, cs);
            if branches is not null then
                -- The walks are ordered reads of their indexes: a bitmap scan of an owner's
                -- rows past the cursor would fetch and sort all of them (the planner cannot tell how
                -- many lie past the cursor: it guesses from the owner column's statistics).
                perform set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true);
            end if;
            if prefix is not null and g = 1 and not f.narrow then
                -- The prefix group must walk the name index range in order and stop at the page's
                -- end. Under RLS the planner cannot tell how many rows the policy lets through and
                -- fetches the whole range to sort it instead (广州 at 300k customers: 527 ms for a
                -- page that the ordered walk reads in 6 ms), so for this one statement it may not.
                perform set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true);
            end if;
            if branches is null then
                return query execute stmt
                    using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, prefix,
                          cs.sees_all, cs.owners, cs.pools, cs.shared, cs.shared_write, cs.managed_owners,
                          cs.managed_pools;
                get diagnostics n = row_count;
                perform set_config('enable_bitmapscan', bitmapscan, true), set_config('enable_seqscan', seqscan, true);
                exit walks_read;
            end if;
            -- the walks' page, kept until it is known to be right
            n := 0;
            got_id := '{}';
            got_cursor := '{}';
            got_edit := '{}';
            got_manage := '{}';
            got_access := '{}';
            got_sort := '{}';
            cut_owner := '{}';
            cut_sort := '{}';
            cut_id := '{}';
            cut_take := '{}';
            for r in execute stmt
                using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, prefix,
                      cs.sees_all, cs.owners, cs.pools, cs.shared, cs.shared_write, cs.managed_owners,
                      cs.managed_pools loop
                n := n + 1;
                if per < lim and r.cut and n < lim then
                    -- this owner's next rows might belong on the page, at most lim - n of them
                    cut_owner := cut_owner || r.walk_owner;
                    cut_sort := cut_sort || r.cut_sort;
                    cut_id := cut_id || r.id;
                    cut_take := cut_take || (lim - n);
                end if;
                got_id := got_id || r.id;
                got_cursor := got_cursor || r.cursor;
                got_edit := got_edit || r.can_edit;
                got_manage := got_manage || r.can_manage;
                got_access := got_access || r.access;
                got_sort := got_sort || r.cut_sort;
            end loop;
            if cardinality(cut_owner) > 0 then
                -- The stopped owners' next rows, each from where its walk stopped by the same owner
                -- index (the rows without a value, a group of their own, by id), merged with the page
                -- read: the same rows and rights as a whole page per owner would give.
                after_cut := case when cut_sort[1] is null then format('id %s o.cut_id', cmp)
                                  else format('(%1$I, %2$I, id) %3$s (o.walk_owner, o.cut_sort::%4$s, o.cut_id)',
                                              owner_col, sort_col, cmp, col_type) end;
                stmt := format(
                    '/* planned with enable_bitmapscan and enable_seqscan off */ '
                    'select id, cursor, can_edit, can_manage, access from ('
                    'select p.id, p.cursor, p.can_edit, p.can_manage, p.access, p.sort_value::%1$s as sort_value '
                    'from unnest(%2$L::bigint[], %3$L::text[], %4$L::boolean[], %5$L::boolean[], %6$L::text[], '
                    '%7$L::text[]) p (id, cursor, can_edit, can_manage, access, sort_value) '
                    'union all select %8$s, sort_value from (select w.* '
                    'from unnest(%9$L::bigint[], %10$L::text[], %11$L::bigint[], %12$L::integer[]) '
                    'o (walk_owner, cut_sort, cut_id, take) cross join lateral (select %13$s, %14$I as sort_value '
                    'from %15$s where %16$s and %17$I between o.walk_owner and o.walk_owner and %18$s '
                    'order by %17$I %19$s, %14$I %19$s, id %19$s limit o.take) w) v'
                    ') m order by sort_value %19$s, id %19$s limit %20$s',
                    col_type, got_id, got_cursor, got_edit, got_manage, got_access, got_sort, outer_sel,
                    cut_owner, cut_sort, cut_id, cut_take, inner_sel, sort_col, k.table_name, base, owner_col,
                    after_cut, dir, lim);
                perform private.list_debug(stmt, p_query, f, prefix, cs);
                return query execute stmt
                    using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, prefix,
                          cs.sees_all, cs.owners, cs.pools, cs.shared, cs.shared_write, cs.managed_owners,
                          cs.managed_pools;
                get diagnostics n = row_count;
            else
                for i in 1 .. n loop
                    id := got_id[i];
                    cursor := got_cursor[i];
                    can_edit := got_edit[i];
                    can_manage := got_manage[i];
                    access := got_access[i];
                    return next;
                end loop;
            end if;
            perform set_config('enable_bitmapscan', bitmapscan, true), set_config('enable_seqscan', seqscan, true);
        end walks_read;
        lim := lim - n;
        exit when lim <= 0;
    end loop;
end
$function$;
alter function private.list_page(p_kind text, p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer) owner to salesdesk_owner;
grant execute on function private.list_page(p_kind text, p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer) to salesdesk_api;
