-- A child kind listed across its parents keeps its parent's owner on each row, so a scope of a few
-- owners pages it like an owned kind (issue 13 §9: the supervisor's payment and invoice pages).
--
-- A payment or invoice is seen through its contract (the child's policy reads the parent). Across
-- parents (0042) a supervisor's page named the contracts in scope (0058: 1,393 at full size, ten
-- owners), found their payments one index descent per contract, tested each of the 832 against the
-- policy and sorted them for a page of 51: 7 ms alone, 15.6 ms p95 in the bench (target 10).
--
-- private.declare_parent_owner(kind) gives such a kind a column `parent_owner_id`, the parent's
-- owner, kept by triggers the declaration makes: set from the parent on every insert and on every
-- change of the parent reference or of the copy itself (so no write can make it differ), and set
-- again on the children when a statement changes parents' owners (a hand-on, a leaver's handover,
-- an approved transfer: one update per statement, whoever runs it, outside the caller's scope if
-- the new owner is). It is a derived column: no API writes it, the stamp and the audit leave it
-- alone. The declaration fills it for the rows there are, and index_sorts adds an index
-- (parent_owner_id, sort, id) for every declared sort.
--
-- The list (private.list_filter, list_page): when the caller sees at most 64 owners, the scope hint
-- is `parent_owner_id = any (owners) or parent = any (parents shared with me)`, the same shape as
-- an owned kind's, and up to 16 owners are merged from their own ordered index walks (as owned
-- kinds since 0017). The copy only routes: RLS still decides every row by reading the parent, so a
-- stale copy could leave a row out of this list but never show one the caller may not see
-- (tests/test_lists_across_parents.py makes one stale and attacks with it). A wider scope walks the
-- sort's index with the same hint tested on each row before the policy (its comparisons are
-- leakproof), so only the rows in scope cost a parent lookup; naming the parents (0058) is left to
-- child kinds without the copy.

set local role salesdesk_owner;

alter table private.record_kinds add column parent_owner text;

create procedure private.declare_parent_owner(p_kind text)
    language plpgsql set search_path = pg_catalog, pg_temp as $proc$
declare
    k private.record_kinds;
    parent private.record_kinds;
    col constant text := 'parent_owner_id';
    child_name text;
    keep text;
    moved text;
begin
    select * into k from private.record_kinds where kind = p_kind;
    if not found or k.parent_kind is null or not k.across_parents then
        raise exception 'kind %: only a child kind listed across its parents keeps its parent''s owner', p_kind;
    end if;
    select * into strict parent from private.record_kinds where kind = k.parent_kind;
    if parent.parent_kind is not null or parent.pool_column is not null then
        raise exception 'kind %: its parent must be an owned kind without a pool', p_kind;
    end if;
    child_name := (select c.relname from pg_class c where c.oid = k.table_name);
    execute format('alter table %s add column if not exists %I bigint', k.table_name, col);
    update private.record_kinds
    set parent_owner = col,
        derived = case when col = any (derived) then derived else derived || col end
    where kind = p_kind
    returning * into k;
    -- the stamp and the audit leave the copy alone: it is no change of the record
    call private.protect_table(k.table_name, p_audit_kind => k.kind, p_derived => k.derived);
    -- the rows there are, with the kind's own triggers off (nothing of the record changes)
    execute format('alter table %s disable trigger user', k.table_name);
    execute format('update %1$s c set %2$I = p.%3$I from %4$s p where p.id = c.%5$I and c.%2$I is distinct from p.%3$I',
                   k.table_name, col, parent.owner_column, parent.table_name, k.parent_column);
    execute format('alter table %s enable trigger user', k.table_name);
    -- every write of a row: the copy read from its parent (as the owner: whoever writes may not see
    -- the parent's new owner's rows)
    keep := format('private.%I', 'keep_parent_owner_' || child_name);
    execute format($f$create or replace function %1$s() returns trigger language plpgsql security definer
                      set search_path = pg_catalog, pg_temp as $b$
                      begin
                          new.%2$I := (select p.%3$I from %4$s p where p.id = new.%5$I);
                          return new;
                      end $b$$f$, keep, col, parent.owner_column, parent.table_name, k.parent_column);
    execute format('revoke all on function %s() from public', keep);
    execute format('drop trigger if exists keep_parent_owner on %s', k.table_name);
    execute format('create trigger keep_parent_owner before insert or update of %I, %I on %s '
                   'for each row execute function %s()', k.parent_column, col, k.table_name, keep);
    -- a statement that changes parents' owners: their children's copies, once
    moved := format('private.%I', 'parent_owner_moved_' || child_name);
    execute format($f$create or replace function %1$s() returns trigger language plpgsql security definer
                      set search_path = pg_catalog, pg_temp as $b$
                      begin
                          update %2$s c set %3$I = n.%4$I
                          from new_rows n join old_rows o on o.id = n.id
                          where c.%5$I = n.id and n.%4$I is distinct from o.%4$I;
                          return null;
                      end $b$$f$, moved, k.table_name, col, parent.owner_column, k.parent_column);
    execute format('revoke all on function %s() from public', moved);
    execute format('drop trigger if exists %I on %s', 'parent_owner_' || child_name, parent.table_name);
    execute format('create trigger %I after update on %s referencing old table as old_rows new table as new_rows '
                   'for each statement execute function %s()', 'parent_owner_' || child_name,
                   parent.table_name, moved);
    call private.index_sorts(p_kind);
end
$proc$;
revoke all on procedure private.declare_parent_owner(text) from public;

CREATE OR REPLACE FUNCTION private.scope_hint(k private.record_kinds)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    -- a child kind that keeps its parent's owner (0066): that copy, or a parent shared with me
    select case when k.parent_owner is not null
                then format('(%I = any ($3) or %I = any ($5))', k.parent_owner, k.parent_column)
                else format('(%I = any ($3)', k.owner_column)
           || case when k.pool_column is not null then format(' or %I = any ($4)', k.pool_column) else '' end
           || case when k.shares then ' or id = any ($5)' else '' end || ')' end
$function$;
alter function private.scope_hint(k private.record_kinds) owner to salesdesk_owner;
grant execute on function private.scope_hint(k private.record_kinds) to salesdesk_api;

CREATE OR REPLACE PROCEDURE private.index_sorts(IN p_kind text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    k private.record_kinds;
    col text;
    bound text;
    key_col text;
    scale integer;
begin
    select * into strict k from private.record_kinds where kind = p_kind;
    -- A numeric sort is read through a bigint key (the value in its smallest unit: fen for money):
    -- numeric's comparisons are not leakproof, so under row-level security a cursor condition on
    -- the numeric column cannot be an index condition, and a deep page walked the index from its
    -- start (1M customers by credit limit, manager: 3.7-5.9 s; bigint's are leakproof: ~4 ms).
    for col, scale in select distinct s.value, ((a.atttypmod - 4) & 65535)
                      from jsonb_each_text(k.sorts) s
                      join pg_attribute a on a.attrelid = k.table_name and a.attname = s.value
                      where a.atttypid = 'numeric'::regtype loop
        if scale is null or scale < 0 or (select atttypmod from pg_attribute
                                          where attrelid = k.table_name and attname = col) < 0 then
            raise exception 'kind %: the sort column % needs a declared scale, numeric(p, s)', p_kind, col;
        end if;
        key_col := col || '_key';
        execute format('alter table %s add column if not exists %I bigint generated always as '
                       '((%I * %s)::bigint) stored', k.table_name, key_col, col, (10::numeric ^ scale)::bigint);
        update private.record_kinds r
        set sorts = (select jsonb_object_agg(s.key, case when s.value = to_jsonb(col) then to_jsonb(key_col)
                                                         else s.value end)
                     from jsonb_each(r.sorts) s),
            derived = case when key_col = any (r.derived) then r.derived else r.derived || key_col end
        where r.kind = p_kind;
    end loop;
    select * into strict k from private.record_kinds where kind = p_kind;
    if exists (select 1 from unnest(k.derived) d where d like '%\_key'
               and exists (select 1 from jsonb_each_text(k.sorts) s where s.value = d)) then
        -- the stamp must not count a key as a change: in a BEFORE trigger a generated column's new
        -- value is not computed yet, so it would differ from the old on every update
        call private.protect_table(k.table_name, p_audit_kind => k.kind, p_derived => k.derived);
    end if;
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
            if k.across_parents then  -- listed across parents (0042): the sort's own order too
                call private.ensure_index(k.table_name, array[col, 'id']);
            end if;
            if k.parent_owner is not null then  -- the parent's owner kept (0066): each owner's rows in order
                call private.ensure_index(k.table_name, array[k.parent_owner, col, 'id']);
            end if;
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
$procedure$;
alter procedure private.index_sorts(IN p_kind text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE OR REPLACE FUNCTION private.list_filter(p_kind text, p_query jsonb)
 RETURNS private.list_filter
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds := private.kind(p_kind);
    parent private.record_kinds;
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
    bound text;
begin
    for key in select jsonb_object_keys(q) loop
        if key not in ('scope', 'owner_id', 'unit_id', 'pool_id', 'parent_id', 'archived', 'eq', 'range',
                       'search') then
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
            conds := conds || private.scope_hint(k);
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
        if q ? 'parent_id' then
            conds := conds || format('%I = ($1 ->> ''parent_id'')::bigint', k.parent_column);
        elsif not k.across_parents then
            raise exception 'a list of % needs parent_id', k.kind using errcode = 'SD005';
        else
            -- Across parents (declared by private.declare_across_parents): the rows under every
            -- parent I see. RLS decides (the child's policy reads the parent through the parent's
            -- own); the parent's scope as values the planner can see only narrows, as above: the
            -- parents owned in my scope (their owner index), in my pools, shared with me.
            if scope <> 'all' then
                raise exception 'unknown scope %', scope using errcode = 'SD005';
            end if;
            parent := private.kind(k.parent_kind);
            f.owners := case when not f.sees_all then private.visible_owner_ids() end;
            if k.parent_owner is not null and not f.sees_all then
                -- The parent's owner kept on each row (private.declare_parent_owner, 0066): the
                -- rows kept under the owners I see and those under the parents shared with me, the
                -- same hint as an owned kind's. A scope of a few owners is narrow: private.list_page
                -- merges each owner's rows read in order from (kept owner, sort, id); before, a
                -- supervisor's page found the payments of 1,393 contracts one descent per contract
                -- and sorted 832 rows (full size: 7 ms alone, 15.6 p95 in the bench). A wider one
                -- walks the sort's index and tests the hint on each row before the policy (its
                -- comparisons are leakproof), so only the rows in scope cost a parent lookup (a
                -- manager's 13 % of the payments: 2,210 -> 1,013 buffers a page). RLS still
                -- decides: the policy reads the parent, never the copy, so a stale copy could hide
                -- a row from this list but never show one.
                f.shared := case when parent.shares then private.shared_record_ids(parent.kind) end;
                f.narrow := cardinality(f.owners) <= 64
                            and current_setting('salesdesk.narrow_scope', true) is distinct from 'off';
                conds := conds || private.scope_hint(k);
            -- Only where naming them reads less than walking (private.names_parents, 0058): the
            -- page then reads the parents in scope and their children. Otherwise it walks the
            -- sort's index, each row's parent tested by the policy.
            elsif not f.sees_all and parent.parent_kind is null
               and private.names_parents(k.table_name, cardinality(f.owners)) then
                f.pools := case when parent.pool_column is not null then private.visible_pool_ids() end;
                -- one index scan each (owner, pool, id): an OR of them would read the whole parent table
                -- as an array (an init plan the planner takes for a few values): as a join of the
                -- parents, the planner chose a deep page's cursor range instead (bench, a
                -- salesperson's payments after the 80 % cursor: 8,299 rows tested by the policy for
                -- 16 shown, 40 ms)
                conds := conds || (format(
                    '%I = any (array(select p.id from %s p where p.%I = any ($3)', k.parent_column,
                    parent.table_name, parent.owner_column)
                    || case when parent.pool_column is not null
                            then format(' union all select p.id from %s p where p.%I = any ($4)',
                                        parent.table_name, parent.pool_column) else '' end
                    || case when parent.shares
                            then format(' union all select unnest((select private.shared_record_ids(%L))::bigint[])',
                                        parent.kind) else '' end
                    || '))');
            end if;
        end if;
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
    if q ? 'range' then
        -- {"range": {"<declared filter>": {"from": v, "to": v}}}: from and to included, either may be left out
        if jsonb_typeof(q -> 'range') is distinct from 'object' then
            raise exception 'a range filter is an object' using errcode = 'SD005';
        end if;
        for key in select jsonb_object_keys(q -> 'range') loop
            if not key = any (k.filters) or jsonb_typeof(q -> 'range' -> key) is distinct from 'object' then
                raise exception 'unknown filter %', key using errcode = 'SD005';
            end if;
            select format_type(a.atttypid, a.atttypmod) into col_type
            from pg_attribute a where a.attrelid = k.table_name and a.attname = key;
            for bound in select jsonb_object_keys(q -> 'range' -> key) loop
                if bound not in ('from', 'to') then
                    raise exception 'unknown range bound %', bound using errcode = 'SD005';
                end if;
                conds := conds || format('%I %s ($1 -> ''range'' -> %L ->> %L)::%s', key,
                                         case when bound = 'from' then '>=' else '<=' end, key, bound, col_type);
            end loop;
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
        -- the search's own conditions are added by the caller (private.search_cond): a walk of
        -- the name index tests them on each row instead of filtering by them
    end if;
    f.conds := array_to_string(conds, ' and ');
    return f;
end
$function$;
alter function private.list_filter(p_kind text, p_query jsonb) owner to salesdesk_owner;
grant execute on function private.list_filter(p_kind text, p_query jsonb) to salesdesk_api;

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
        branches := null;
        if f.narrow and (late or k.parent_owner is not null) and f.grams is null
           and position(private.scope_hint(k) in conds) > 0
           and cardinality(f.owners) + coalesce(cardinality(f.pools), 0) <= 16 then
            -- A few owners and pools: each one's rows in sort order from its index (owner or pool,
            -- sort, id; private.index_sorts makes one for every declared sort), merged, so a page reads about its own rows instead of every row in scope
            -- (a salesperson's 1,400, most of them in the pools: 2.5 ms -> 0.6 ms). The parts are
            -- disjoint and together exactly the scope hint. Not for a search: the fence below
            -- tests it on every row in scope once, a merge would walk each part to its end.
            base := format('%s and %s', replace(conds, private.scope_hint(k), 'true'), groups[g]);
            here := case when g = after_group + 1 then keyset else 'true' end;
            -- Each owner's rows from its own index (owner, sort, id), ordered by all three, the
            -- owner bounded as a range, which is no constant to the planner, and the cursor one
            -- row comparison led by the owner: no other index can give that order or serve that
            -- comparison. With `owner = x` and the cursor's (sort, id) the planner could walk the
            -- sort's own index from the cursor past every other owner's rows instead, and did
            -- whenever it expected few rows past the cursor (100,000 deals stamped by one bulk
            -- load: a supervisor's deep page by updated_at read 20,000 rows of others per owner,
            -- 60-90 ms; now about 50 per owner). Each part's page is sorted again by the sort
            -- alone (a few rows) so that the parts merge. (Bound by equality, each walk would
            -- deliver the sort's order and the page merge them as it reads, but then the planner
            -- again walks the sort's own index for some owners when one stamp is shared by many
            -- rows, even with the cursor led by the owner: tests/test_list_narrow_plans.py.)
            branches := array(select format(
                    '(select * from (select %1$s, %2$I as sort_value from %3$s where %4$s '
                    'and %5$I between ($3)[%6$s] and ($3)[%6$s] and %7$s '
                    'order by %5$I %8$s, %2$I %8$s, id %8$s limit %9$s) b order by sort_value %8$s, id %8$s)',
                    inner_sel, sort_col, k.table_name, base, owner_col, i,
                    case when g = after_group + 1 and row_key is not null
                         then format('(%1$I, %2$I, id) %3$s (($3)[%4$s], %5$s)',
                                     owner_col, sort_col, cmp, i, row_key)
                         else here end, dir, lim)
                from generate_subscripts(f.owners, 1) i)
                -- each pool's rows (not owned in scope) from its index (pool, sort, id), like the owners'
                || array(select format(
                    '(select * from (select %1$s, %2$I as sort_value from %3$s where %4$s '
                    'and %5$I between ($4)[%6$s] and ($4)[%6$s] and (%7$I = any ($3)) is not true and %8$s '
                    'order by %5$I %9$s, %2$I %9$s, id %9$s limit %10$s) p order by sort_value %9$s, id %9$s)',
                    inner_sel, sort_col, k.table_name, base, k.pool_column, i, k.owner_column,
                    -- as the owners' parts above: the pool bounded as a range and the cursor one row
                    -- comparison led by the pool, so only the pool's own index serves it (200,000
                    -- leads, one stamp shared by many: a salesperson's deep page by updated_at read
                    -- 12,000 rows of other regions per pool, 11-15 ms; now 51 per pool, 0.6 ms)
                    case when g = after_group + 1 and row_key is not null
                         then format('(%1$I, %2$I, id) %3$s (($4)[%4$s], %5$s)',
                                     k.pool_column, sort_col, cmp, i, row_key)
                         else here end, dir, lim)
                from generate_subscripts(f.pools, 1) i where k.pool_column is not null);
            if (k.shares or k.parent_owner is not null) and cardinality(f.shared) > 0 then
                -- The rows reached through shares, teams and routes (owner and pool outside the
                -- scope): fetched by their ids and sorted, behind a planning fence. Left to itself
                -- the planner walked the sort index from the cursor testing each row against the
                -- set (a salesperson's deep page of follow-ups: 85,000 rows read, 50 ms). A child
                -- kind's: the rows under the parents shared with me, by the parent's index.
                branches := branches || format(
                    '(select * from (select %s, %I as sort_value from %s where %s and %I = any ($5) '
                    'and (%I = any ($3)) is not true%s offset 0) s where %s order by sort_value %s, id %s limit %s)',
                    inner_sel, sort_col, k.table_name, base, coalesce(k.parent_column, 'id'), owner_col,
                    case when k.pool_column is not null
                         then format(' and (%I = any ($4)) is not true', k.pool_column) else '' end,
                    here, dir, dir, lim);
            end if;
            if cardinality(branches) = 0 then
                branches := null;
            else
                stmt := format('select %s from (select * from (%s) u order by sort_value %s, id %s limit %s) v',
                               outer_sel, array_to_string(branches, ' union all '), dir, dir, lim);
            end if;
        end if;
        if branches is not null then
            -- the merge above; the statement says how it is planned (see below), for whoever
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
            -- The merge's parts are ordered walks of their indexes: a bitmap scan of an owner's
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
alter function private.list_page(p_kind text, p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer) owner to salesdesk_owner;
grant execute on function private.list_page(p_kind text, p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer) to salesdesk_api;

call private.declare_parent_owner('payment');
call private.declare_parent_owner('invoice');
