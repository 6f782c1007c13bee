-- private.log_lookup, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql

CREATE OR REPLACE FUNCTION private.log_lookup(p_name text, p_phone text, p_matches integer, p_hidden integer)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    insert into sales.lookup_log (actor_id, name, phone, matches, hidden)
    values (private.require_employee(), p_name, p_phone, p_matches, p_hidden)
$function$;
alter function private.log_lookup(p_name text, p_phone text, p_matches integer, p_hidden integer) owner to salesdesk_owner;
grant execute on function private.log_lookup(p_name text, p_phone text, p_matches integer, p_hidden integer) to salesdesk_api;
