-- private.search_grams, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0005_search.sql

CREATE OR REPLACE FUNCTION private.search_grams(p_text text)
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(array_agg(distinct t.term), '{}')
    from unnest(string_to_array(coalesce(p_text, ''), E'\x1f')) f(field)
        cross join lateral (
            select c.ch || lead(c.ch) over w as two,
                   c.ch || lead(c.ch) over w || lead(c.ch, 2) over w as three
            from unnest(string_to_array(f.field, null)) with ordinality c(ch, n)
            window w as (order by c.n)
        ) x
        cross join lateral (
            select x.two where translate(x.two, '0123456789', '') <> ''
            union all
            select x.three where translate(x.three, '0123456789', '') = ''
        ) t(term)
$function$;
alter function private.search_grams(p_text text) owner to salesdesk_owner;
grant execute on function private.search_grams(p_text text) to salesdesk_api;
