-- private.search_norm, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0005_search.sql

CREATE OR REPLACE FUNCTION private.search_norm(p_text text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select regexp_replace(lower(normalize(coalesce(p_text, ''), nfkc)),
                          '[[:space:][:punct:]（）·，。、：；！？“”‘’《》【】—…\x1f]+', '', 'g')
$function$;
alter function private.search_norm(p_text text) owner to salesdesk_owner;
grant execute on function private.search_norm(p_text text) to salesdesk_api;
