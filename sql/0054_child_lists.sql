-- The lists of a kind under its parents, for a wide scope (issue 13 §9: pages p95 <= 10 ms, the API
-- within 1.5x or +1 ms of its bypass statement).
--
-- A child kind's row is seen when its parent is (0017): its policy was `exists (select 1 from
-- parent where parent.id = child.parent_id)`, and the rights shown with each row likewise. The
-- planner turns such an EXISTS into a hashed subplan when it expects many rows: it reads every
-- parent the caller sees, once per expression. A manager's first page of payments (money bench,
-- 1 %: 5,448 contracts seen) built that hash three times, 22.6 ms of its 22.6; at 5 % the page took
-- 95 ms (3.35x its bypass), and it grows with the contracts in scope (a full-size manager sees
-- 250,000). The checks are now a scalar subquery over the parent's primary key, which is tested per
-- row: the page reads its 51 rows and about 60 more, 1.7 ms at 1 %.
--
-- The list across parents (private.list_filter) also named the parents in scope as `owner = any
-- ($3) or id = any (shared)`: the OR made it a scan of every parent's owner index entry (a
-- supervisor's 1,364 contracts at 1 % were found among all 10,766). Now one index scan each (union
-- all), and only for a narrow scope (owners in it at most 1 % of the employees), whose page reads
-- the parents in scope and their children. A wider scope's page walks the sort's own index and
-- the policy tests each row's parent.
--
-- Every child kind is declared again (parents first) so that its policies and kept checks are
-- made with the new text; the API functions are unchanged.

create or replace function private.kind_checks(k private.record_kinds, OUT read_check text, OUT write_check text, OUT hand_on_check text)
 RETURNS record
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    parent private.record_kinds;
begin
    if k.parent_kind is null then
        -- reads test the owner by binary search over the caller's ranges (the same set as
        -- visible_owner_ids(): `= any` over a manager's 1,250 owners is a linear scan per row,
        -- half the time of a capped count); writes keep the array, which the list binds as a value
        read_check := format(
            '(select private.sees_all()) or %1$I <@ (select private.visible_owner_ranges())',
            k.owner_column);
        write_check := format(
            '(select private.sees_all()) or %1$I = any ((select private.visible_owner_ids())::bigint[])',
            k.owner_column);
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
        read_check := format('coalesce((select true from %1$s where %1$s.id = %2$s.%3$I), false)',
                             parent.table_name, k.table_name, k.parent_column);
        write_check := format('coalesce((select true from %1$s where %1$s.id = %2$s.%3$I and (%4$s)), false)',
                              parent.table_name, k.table_name, k.parent_column, parent.write_check);
        hand_on_check := format('coalesce((select true from %1$s where %1$s.id = %2$s.%3$I and (%4$s)), false)',
                                parent.table_name, k.table_name, k.parent_column, parent.hand_on_check);
    end if;
end
$function$;

create or replace function private.list_filter(p_kind text, p_query jsonb)
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
            -- Only for a narrow scope (owners in it at most 1 % of the employees): its page reads
            -- the parents in scope and their children. A wider one's page walks the sort's index,
            -- each row's parent tested by the policy (a manager's 14 %: about 7 rows read per row
            -- shown); reading all their parents would cost a scan of them per page.
            if not f.sees_all and parent.parent_kind is null
               and cardinality(private.visible_owner_ids()) * 100
                   <= (select greatest(c.reltuples, 0) from pg_class c where c.oid = 'sales.employees'::regclass) then
                f.owners := private.visible_owner_ids();
                f.pools := case when parent.pool_column is not null then private.visible_pool_ids() end;
                -- one index scan each (owner, pool, id): an OR of them would read the whole parent table
                conds := conds || (format(
                    '%I in (select p.id from %s p where p.%I = any ($3)', k.parent_column, parent.table_name,
                    parent.owner_column)
                    || case when parent.pool_column is not null
                            then format(' union all select p.id from %s p where p.%I = any ($4)',
                                        parent.table_name, parent.pool_column) else '' end
                    || case when parent.shares
                            then format(' union all select unnest((select private.shared_record_ids(%L))::bigint[])',
                                        parent.kind) else '' end
                    || ')');
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

-- parents first: a child's write check contains its parent's
do $$
declare
    k record;
begin
    for k in with recursive t as (
                 select kind, 1 as depth from private.record_kinds where parent_kind is null
                 union all
                 select r.kind, t.depth + 1 from private.record_kinds r join t on r.parent_kind = t.kind)
             select kind from t where depth > 1 order by depth, kind loop
        call private.redeclare_kind(k.kind);
    end loop;
end
$$;
