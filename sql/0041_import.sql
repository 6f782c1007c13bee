-- Import of customers (with a contact each) and leads from a spreadsheet (issue 15 section 5).
--
-- Two API functions, both for the client's import (services/record_import.py):
--   api.customer_duplicates_batch: the company-wide duplicate check for a whole file. It answers
--     only "a duplicate exists" per row (and whether one is in the caller's own sight), never whose
--     or which; every name and phone asked is logged like a single check, and the batch takes one
--     unit of the login's duplicate-check quota per started 1,000 rows (private.take_lookup_quota:
--     the same limit as the single check, SD007 when it is used up).
--   api.record_import: many new records of one kind in the caller's one transaction, each through
--     api.record_create (the same checks, triggers, audit and change feed as a form's save), owned
--     by the caller: an owner or pool in the rows is refused. A refusal names the file's row.

create or replace function private.customer_duplicates_batch(p_names text[], p_phones text[])
    returns table (ord integer, id bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    -- reads past RLS (owner): the API function tells no more than "exists" and "in my sight"
    with asked as (
        select a.ord::integer as ord, nullif(private.company_name_key(a.name), '') as n_name,
               private.normalize_phone(a.phone) as n_phone
        from unnest(p_names, p_phones) with ordinality as a(name, phone, ord)
    )
    select q.ord, c.id from asked q join sales.customers c on c.name_key = q.n_name
    union
    select q.ord, c.id from asked q join sales.customers c on c.phone_norm = q.n_phone
$$;
alter function private.customer_duplicates_batch(text[], text[]) owner to salesdesk_owner;
revoke all on function private.customer_duplicates_batch(text[], text[]) from public;
grant execute on function private.customer_duplicates_batch(text[], text[]) to salesdesk_api;

-- private.log_lookup for many rows at once (the batch logs each row as a check of its own)
create or replace function private.log_lookups(p_names text[], p_phones text[], p_matches integer[],
                                               p_hidden integer[])
    returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    insert into sales.lookup_log (actor_id, name, phone, matches, hidden)
    select private.require_employee(), a.name, a.phone, a.matches, a.hidden
    from unnest(p_names, p_phones, p_matches, p_hidden) a(name, phone, matches, hidden)
$$;
alter function private.log_lookups(text[], text[], integer[], integer[]) owner to salesdesk_owner;
revoke all on function private.log_lookups(text[], text[], integer[], integer[]) from public;
grant execute on function private.log_lookups(text[], text[], integer[], integer[]) to salesdesk_api;

create or replace function api.customer_duplicates_batch(p_names text[], p_phones text[])
    returns table (ord integer, in_sight boolean)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set client_min_messages = warning
    set debug_print_parse = off
    set debug_print_plan = off
    set debug_print_rewritten = off
    set trace_notify = off
    set trace_sort = off
as $$
declare
    me bigint := private.require_employee();
    n integer := coalesce(cardinality(p_names), 0);
    checks bigint;
    n_found integer;
    f_ord integer[];
    f_id bigint[];
begin
    if n <> coalesce(cardinality(p_phones), 0) or n > 10000 then
        raise exception 'give up to 10000 names and as many phones' using errcode = 'SD005';
    end if;
    if exists (select 1 from unnest(p_names, p_phones) a(name, phone)
               where char_length(a.name) > 200 or char_length(a.phone) > 40) then
        raise exception 'a name or phone is too long for a duplicate check' using errcode = 'SD005';
    end if;
    if n = 0 then
        return;
    end if;
    begin
        for i in 1 .. (n + 999) / 1000 loop
            checks := private.take_lookup_quota(me);
        end loop;
    exception when sqlstate 'SD007' then
        raise log 'salesdesk duplicate batch refused: login=% employee=% rows=%',
            to_json(session_user::text), me, n;
        raise;
    end;
    select array_agg(d.ord), array_agg(d.id) into f_ord, f_id
    from private.customer_duplicates_batch(p_names, p_phones) d;
    -- every row asked is logged as a check of its own (matches: 0 or 1; hidden: none in sight)
    perform private.log_lookups(p_names, p_phones, array_agg((f.ord is not null)::integer order by a.ord),
                                array_agg((f.ord is not null and not f.seen)::integer order by a.ord))
    from unnest(p_names, p_phones) with ordinality as a(name, phone, ord)
        left join (select d.ord, bool_or(exists (select 1 from sales.customers c where c.id = d.id)) as seen
                   from unnest(f_ord, f_id) d(ord, id) group by d.ord) f on f.ord = a.ord;
    return query
        select d.ord, bool_or(exists (select 1 from sales.customers c where c.id = d.id))  -- RLS
        from unnest(f_ord, f_id) d(ord, id)
        group by d.ord
        order by d.ord;
    get diagnostics n_found = row_count;
    raise log 'salesdesk duplicate batch: login=% employee=% rows=% matches=% checks=%',
        to_json(session_user::text), me, n, n_found, checks;
end
$$;
alter function api.customer_duplicates_batch(text[], text[]) owner to salesdesk_api;

create or replace function api.record_import(p_kind text, p_rows jsonb)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
    set client_min_messages = warning
    set debug_print_parse = off
    set debug_print_plan = off
    set debug_print_rewritten = off
    set trace_notify = off
    set trace_sort = off
as $$
declare
    me bigint := private.require_employee();
    k private.record_kinds;
    c private.record_kinds := private.kind('contact');
    n integer := coalesce(jsonb_array_length(case jsonb_typeof(p_rows) when 'array' then p_rows end), -1);
    keys text[];
    contact_keys text[];
    ids bigint[];
    r jsonb;
    at_row text;
begin
    if p_kind not in ('customer', 'lead') then
        raise exception 'only customers and leads are imported' using errcode = 'SD005';
    end if;
    if n < 0 or n > 10000 then
        raise exception 'give up to 10000 rows as a JSON array' using errcode = 'SD005';
    end if;
    if n = 0 then
        return 0;
    end if;
    k := private.kind(p_kind);
    -- every row gives the same fields (the file's mapped columns); an owner or pool is never given
    select array_agg(x order by x) into keys from jsonb_object_keys(p_rows -> 0 -> 'values') x;
    select array_agg(x order by x) into contact_keys
    from jsonb_object_keys(coalesce((select e -> 'contact' from jsonb_array_elements(p_rows) e
                                     where jsonb_typeof(e -> 'contact') = 'object' limit 1), '{}')) x;
    for r in select value from jsonb_array_elements(p_rows) loop
        at_row := coalesce(r ->> 'row', '?');
        if jsonb_typeof(r -> 'values') is distinct from 'object'
                or keys is distinct from (select array_agg(x order by x) from jsonb_object_keys(r -> 'values') x)
                or (jsonb_typeof(r -> 'contact') = 'object' and contact_keys is distinct from
                    (select array_agg(x order by x) from jsonb_object_keys(r -> 'contact') x))
                or (p_kind <> 'customer' and r ? 'contact') then
            raise exception 'every imported row gives the same fields' using errcode = 'SD005',
                detail = 'import row ' || at_row;
        end if;
    end loop;
    -- only the fields a form may write: an owner, pool or parent is the importer's own
    perform private.check_columns(p_rows -> 0 -> 'values', k.insertable || k.writable);
    perform private.check_columns(coalesce(jsonb_object_agg(x, true), '{}'),
                                  array_remove(c.insertable || c.writable, c.parent_column))
    from unnest(contact_keys) x;
    begin
        -- one statement per table: the row triggers (audit, search, stamps) run per row as for a
        -- form's save, the statement triggers (the metric ledger, the change feed) once per import
        execute format(
            'with input as (select (e.o)::int as o, e.v from jsonb_array_elements($1) with ordinality e(v, o)), '
            'made as (insert into %1$s (%2$s, %3$I) select %4$s, $2 from input i, '
            'lateral jsonb_populate_record(null::%1$s, i.v -> ''values'') r order by i.o returning id) '
            'select array_agg(id order by id) from made',
            k.table_name, (select string_agg(quote_ident(x), ', ') from unnest(keys) x), k.owner_column,
            (select string_agg('r.' || quote_ident(x), ', ') from unnest(keys) x))
            into ids using p_rows, me;
        -- the ids in ascending order are the rows in the file's order: one identity, drawn as the
        -- ordered rows were inserted
        if cardinality(ids) is distinct from n then
            raise exception 'the import could not number its rows' using errcode = 'SD005';
        end if;
        if contact_keys is not null then
            execute format(
                'insert into %1$s (%2$s, %3$I) select %4$s, ($2)[e.o] '
                'from jsonb_array_elements($1) with ordinality e(v, o), '
                'lateral jsonb_populate_record(null::%1$s, e.v -> ''contact'') r '
                'where jsonb_typeof(e.v -> ''contact'') = ''object'' order by e.o',
                c.table_name, (select string_agg(quote_ident(x), ', ') from unnest(contact_keys) x),
                c.parent_column, (select string_agg('r.' || quote_ident(x), ', ') from unnest(contact_keys) x))
            using p_rows, ids;
        end if;
    exception when others then
        -- which row? the same rows one by one (only on this path) name the first refused
        declare
            state text := sqlstate;
            message text := sqlerrm;
        begin
            for r in select value from jsonb_array_elements(p_rows) loop
                at_row := coalesce(r ->> 'row', '?');
                begin
                    perform api.record_create(p_kind, r -> 'values');
                exception when others then
                    raise exception using errcode = sqlstate, message = sqlerrm,
                        detail = 'import row ' || at_row;
                end;
            end loop;
            raise exception using errcode = state, message = message;
        end;
    end;
    return n;
end
$$;
alter function api.record_import(text, jsonb) owner to salesdesk_api;

revoke all on function api.customer_duplicates_batch(text[], text[]), api.record_import(text, jsonb)
    from public;
grant execute on function api.customer_duplicates_batch(text[], text[]), api.record_import(text, jsonb)
    to salesdesk_user;
