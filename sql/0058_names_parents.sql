-- The list across parents names the parents in scope where that reads less than walking the sort's
-- index (issue 13 §9), by the sizes of the company rather than a fixed share of it.
--
-- 0054 named them only when the owners in scope were at most 1 % of the employees. The two ways
-- cost, per page of 51: naming, the children of every parent in scope (a share s of the child
-- table's rows, read by the parent's key, then sorted); walking, about 51 / s rows of the sort's
-- index, each tested against its parent. Naming is the cheaper while s × rows <= c × 51 / s, that
-- is s² × rows <= c × 51, where c is what a walked row costs against a named one (its heap read and
-- its parent's policy against an index entry and a sort slot; taken as 3, an estimate the bench's
-- figures in the README check) — so the line moves with the size of the child table: at the bench's full size (1.2M payments) it is 1.1 % of the employees, as before, but in
-- a company of 500 employees and 41,000 payments it is 6 %, and a supervisor of ten people (2 %)
-- walked 2,500 rows per page: 10–13 ms, 3.1x the bypass (money bench at 5 %). The share is
-- estimated as owners in scope / employees (the statistics' row counts).
--
-- The rule is one small function now. private.list_filter is 0054's with that test changed, and
-- the parents named as an array rather than a join (below).

set local role salesdesk_owner;

create function private.names_parents(p_child regclass, p_owners integer)
    returns boolean
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    -- `salesdesk.narrow_scope` = on / off takes one way whatever the sizes (the rows are the same;
    -- the tests take both, as for 0057's page by customer)
    select case current_setting('salesdesk.narrow_scope', true)
               when 'on' then true
               when 'off' then false
               else coalesce(p_owners, 0)::float8 ^ 2 * greatest(c.reltuples, 0)
                    <= 3 * 51 * greatest(e.reltuples, 1)::float8 ^ 2 end
    from pg_class c, pg_class e
    where c.oid = p_child and e.oid = 'sales.employees'::regclass
$$;
revoke all on function private.names_parents(regclass, integer) from public;
grant execute on function private.names_parents(regclass, integer) to salesdesk_api;

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
            -- Only where naming them reads less than walking (private.names_parents, 0058): the
            -- page then reads the parents in scope and their children. Otherwise it walks the
            -- sort's index, each row's parent tested by the policy.
            if not f.sees_all and parent.parent_kind is null
               and private.names_parents(k.table_name, cardinality(private.visible_owner_ids())) then
                f.owners := private.visible_owner_ids();
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
