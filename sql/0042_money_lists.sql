-- 0042 Payments and invoices listed across their contracts (issue 13 §8: the payments and
-- invoices pages).
--
-- 1. A child kind's list was always one parent's (private.list_filter refused it without
--    parent_id). A kind declared with private.declare_across_parents may now be listed across its
--    parents: the same RLS (the child's policy reads its parent through the parent's policy), the
--    parent's scope given to the planner as values (the parents owned in my scope, in my pools,
--    shared with me: it only narrows), and every declared sort index-backed in the list's own order
--    too (private.index_sorts adds (sort, id) for such a kind). Only scope 'all' is offered there.
-- 2. A list takes a range of a declared filter: {"range": {"received_on": {"from": d, "to": d}}},
--    both bounds included, either left out; anything else in it is a bad request (SD005).
-- 3. Payments (by received on, status, method, contract) and invoices (by issued on, type,
--    contract) are so declared; each gets api.<kind>_get (one line with its rights) for the list
--    page's re-read of a changed line.
set local role salesdesk_owner;

alter table private.record_kinds add column if not exists across_parents boolean not null default false;

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
            if not f.sees_all and parent.parent_kind is null then
                f.owners := private.visible_owner_ids();
                f.pools := case when parent.pool_column is not null then private.visible_pool_ids() end;
                conds := conds || (format(
                    '%I in (select p.id from %s p where p.%I = any ($3)', k.parent_column, parent.table_name,
                    parent.owner_column)
                    || case when parent.pool_column is not null
                            then format(' or p.%I = any ($4)', parent.pool_column) else '' end
                    || case when parent.shares
                            then format(' or p.id = any ((select private.shared_record_ids(%L))::bigint[])',
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
;

create or replace procedure private.index_sorts(IN p_kind text)
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
;

-- A child kind listed across its parents, with these declared filters besides its own.
create or replace procedure private.declare_across_parents(p_kind text, p_filters text[] default '{}')
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    update private.record_kinds
    set across_parents = true,
        filters = filters || array(select f from unnest(p_filters) f where not f = any (filters))
    where kind = p_kind and parent_kind is not null;
    if not found then
        raise exception 'kind %: only a declared child kind is listed across its parents', p_kind;
    end if;
    call private.index_sorts(p_kind);
end
$$;
revoke all on procedure private.declare_across_parents(text, text[]) from public;

call private.declare_across_parents('payment', array['received_on']);
call private.declare_across_parents('invoice', array['issued_on']);

reset role;

-- the list page re-reads one changed line with its rights (api.<kind>_get); the rest as in 0029
call private.declare_api('payment', 'p',
    'p.id, p.contract_id, c.number as contract_number, c.title as contract_title, c.customer_id,
     cu.name as customer_name, p.received_on, p.amount, p.method, p.reference, p.status, p.note,
     p.created_by, e.name as created_by_name, p.updated_at, p.version',
    'join sales.contracts c on c.id = p.contract_id
     left join sales.customers cu on cu.id = c.customer_id
     left join sales.employees e on e.id = p.created_by',
    'p.received_on desc, p.id desc', p_sort => 'received_on', p_descending => true, p_get => true);
call private.declare_api('invoice', 'v',
    'v.id, v.contract_id, c.number as contract_number, c.title as contract_title, c.customer_id,
     cu.name as customer_name, v.number, v.issued_on, v.invoice_type, v.amount, v.tax_amount,
     v.total_amount, v.note, v.updated_at, v.version',
    'join sales.contracts c on c.id = v.contract_id
     left join sales.customers cu on cu.id = c.customer_id',
    'v.issued_on desc, v.id desc', p_sort => 'issued_on', p_descending => true, p_get => true);
