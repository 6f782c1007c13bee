-- private.duplicates_batch, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0047_import_bulk.sql

CREATE OR REPLACE FUNCTION private.duplicates_batch(p_kind text, p_names text[], p_phones text[])
 RETURNS TABLE(ord integer, id bigint)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    d private.kind_duplicate_keys;
begin
    -- reads past RLS (owner): the API function tells no more than "exists" and "in my sight"
    select * into strict d from private.kind_duplicate_keys where kind = p_kind;
    return query execute format(
        'with asked as (select a.ord::integer as ord, nullif(private.company_name_key(a.name), '''') as n_name, '
        'private.normalize_phone(a.phone) as n_phone from unnest($1, $2) with ordinality as a(name, phone, ord)) %s',
        (select string_agg(format('select q.ord, t.id from asked q join %s t on %s = q.%s',
                                  (private.kind(p_kind)).table_name, x.expr, x.asked), ' union ')
         from (select d.name_key as expr, 'n_name' as asked
               union all select p, 'n_phone' from unnest(d.phone_keys) p) x))
        using p_names, p_phones;
end
$function$;
alter function private.duplicates_batch(p_kind text, p_names text[], p_phones text[]) owner to salesdesk_owner;
grant execute on function private.duplicates_batch(p_kind text, p_names text[], p_phones text[]) to salesdesk_api;
