-- private.search_cond, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0009_list_speed.sql

CREATE OR REPLACE FUNCTION private.search_cond(f private.list_filter)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select case when f.grams is null then 'true' else 'search_text like $7' end
$function$;
alter function private.search_cond(f private.list_filter) owner to salesdesk_owner;
grant execute on function private.search_cond(f private.list_filter) to salesdesk_api;
