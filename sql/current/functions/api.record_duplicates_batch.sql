-- api.record_duplicates_batch, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0047_import_bulk.sql

CREATE OR REPLACE FUNCTION api.record_duplicates_batch(p_kind text, p_names text[], p_phones text[])
 RETURNS TABLE(ord integer, in_sight boolean)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    me bigint := private.require_employee();
    n integer := coalesce(cardinality(p_names), 0);
    checks bigint;
    n_found integer;
    f_ord integer[];
    f_id bigint[];
    seen bigint[];
begin
    if not coalesce(private.has_duplicate_check(p_kind), false) then
        raise exception 'no duplicate check for this kind' using errcode = 'SD005';
    end if;
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
        raise log 'salesdesk duplicate batch refused: login=% employee=% kind=% rows=%',
            to_json(session_user::text), me, p_kind, n;
        raise;
    end;
    select array_agg(d.ord), array_agg(d.id) into f_ord, f_id
    from private.duplicates_batch(p_kind, p_names, p_phones) d;
    -- which of them I see: the kind's own RLS, one read by id
    execute format('select array_agg(t.id) from %s t where t.id = any ($1)', (private.kind(p_kind)).table_name)
        into seen using f_id;
    -- every row asked is logged as a check of its own (matches: 0 or 1; hidden: none in sight)
    perform private.log_lookups(p_kind, p_names, p_phones,
                                array_agg((f.ord is not null)::integer order by a.ord),
                                array_agg((f.ord is not null and not f.seen)::integer order by a.ord))
    from unnest(p_names, p_phones) with ordinality as a(name, phone, ord)
        left join (select d.ord, bool_or(d.id = any (coalesce(seen, '{}'))) as seen
                   from unnest(f_ord, f_id) d(ord, id) group by d.ord) f on f.ord = a.ord;
    return query
        select d.ord, bool_or(d.id = any (coalesce(seen, '{}')))
        from unnest(f_ord, f_id) d(ord, id)
        group by d.ord
        order by d.ord;
    get diagnostics n_found = row_count;
    raise log 'salesdesk duplicate batch: login=% employee=% kind=% rows=% matches=% checks=%',
        to_json(session_user::text), me, p_kind, n, n_found, checks;
end
$function$;
alter function api.record_duplicates_batch(p_kind text, p_names text[], p_phones text[]) owner to salesdesk_api;
grant execute on function api.record_duplicates_batch(p_kind text, p_names text[], p_phones text[]) to salesdesk_user;
