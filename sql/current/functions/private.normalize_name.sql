-- private.normalize_name, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0002_customers.sql

CREATE OR REPLACE FUNCTION private.normalize_name(p_name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select regexp_replace(
        regexp_replace(lower(coalesce(p_name, '')), '[[:space:][:punct:]（）()·，。、]+', '', 'g'),
        '(股份有限公司|有限责任公司|有限公司|集团|公司|coltd|co|ltd|inc|llc|corp)+$', '')
$function$;
alter function private.normalize_name(p_name text) owner to salesdesk_owner;
grant execute on function private.normalize_name(p_name text) to salesdesk_api;
