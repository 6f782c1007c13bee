-- api.record_import, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0041_import.sql, 0047_import_bulk.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.record_import(p_kind text, p_rows jsonb)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET lock_timeout TO '3s'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
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
        -- one statement per table: the row triggers (search, stamps, checks) run per row as for a
        -- form's save, the statement triggers (audit, change feed, metric ledger) once per import;
        -- customers with contacts are derived once, after their contacts (private.defer_derive)
        if contact_keys is not null then
            perform private.defer_derive(null);
        end if;
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
            perform private.defer_derive(ids);
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
$function$;
alter function api.record_import(p_kind text, p_rows jsonb) owner to salesdesk_api;
grant execute on function api.record_import(p_kind text, p_rows jsonb) to salesdesk_user;
