-- A child kind's list takes several parents at once: `{"parent_id": [id, ...]}` (issue 13 §9).
--
-- The customer's 360° money tabs read the payments and the invoices of each of its contracts with
-- a list call per contract and kind (services/payments.customer_overview): 3 + 2N calls, 23 for a
-- customer with ten contracts, 47.6-56.8 ms at full size for the manager's and the director's
-- customer (target 50). A list of parents is now one page per kind, read by the same
-- (parent, sort, id) index, each parent's rows found by one descent (`parent = any (ids)`, the ids
-- a constant the planner estimates), sorted for the page. RLS still decides (the child's policy reads each parent through the parent's own):
-- a hidden parent's id in the list adds nothing, as a hidden parent_id alone lists nothing. A
-- list holding anything but ids, or more than 1,000 of them, is a bad request (SD005).
--
-- Everything else is as 0066 left it.

set local role salesdesk_owner;

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
        if jsonb_typeof(q -> 'parent_id') = 'array' then
            -- several parents' rows in one page (a customer's payments over its contracts), by
            -- the same (parent, sort, id) index as one parent's
            if jsonb_array_length(q -> 'parent_id') > 1000 or exists (
                   select from jsonb_array_elements(q -> 'parent_id') e
                   where jsonb_typeof(e) <> 'number' or e::text !~ '^[0-9]{1,18}$') then
                raise exception 'parent_id is an id or a list of at most 1,000 ids' using errcode = 'SD005';
            end if;
            -- the ids as a constant: the planner estimates each one's rows from the statistics
            -- (as a parameter it guessed, and walked the sort's index past every other parent's)
            conds := conds || format('%I = any (%L::bigint[])', k.parent_column,
                                     array(select e::text::bigint from jsonb_array_elements(q -> 'parent_id') e));
        elsif q ? 'parent_id' then
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
