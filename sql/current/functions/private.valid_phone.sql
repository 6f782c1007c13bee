-- private.valid_phone, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0011_duplicate_check.sql

CREATE OR REPLACE FUNCTION private.valid_phone(p_phone text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select p_phone is null or (v ~ '^\+?[0-9(][0-9 ()-]{4,29}( 转 [0-9]{1,6})?$'
                               and char_length(regexp_replace(split_part(v, ' 转 ', 1), '\D', '', 'g')) >= 5)
    from (select translate(normalize(p_phone, nfkc), '‐‑–—', '----') as v) n
$function$;
alter function private.valid_phone(p_phone text) owner to salesdesk_owner;
grant execute on function private.valid_phone(p_phone text) to salesdesk_api;
