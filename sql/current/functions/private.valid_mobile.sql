-- private.valid_mobile, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0011_duplicate_check.sql

CREATE OR REPLACE FUNCTION private.valid_mobile(p_mobile text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select p_mobile is null or (v ~ '^[0-9+ ()-]+$'
                                and regexp_replace(v, '[ ()-]', '', 'g') ~ '^(\+86|0086)?1[3-9][0-9]{9}$')
    from (select translate(normalize(p_mobile, nfkc), '‐‑–—', '----') as v) n
$function$;
alter function private.valid_mobile(p_mobile text) owner to salesdesk_owner;
grant execute on function private.valid_mobile(p_mobile text) to salesdesk_api;
