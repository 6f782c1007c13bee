-- private.normalize_phone, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0002_customers.sql, 0008_phones.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.normalize_phone(p_phone text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select nullif(regexp_replace(regexp_replace(
               regexp_replace(normalize(coalesce(p_phone, ''), nfkc), '\s*转.*$', ''),
               '\D', '', 'g'), '^86(1\d{10})$', '\1'), '')
$function$;
alter function private.normalize_phone(p_phone text) owner to salesdesk_owner;
grant execute on function private.normalize_phone(p_phone text) to salesdesk_api;
