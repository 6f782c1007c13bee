-- api.customer_duplicates_batch, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0041_import.sql, 0047_import_bulk.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.customer_duplicates_batch(p_names text[], p_phones text[])
 RETURNS TABLE(ord integer, in_sight boolean)
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
    select * from api.record_duplicates_batch('customer', p_names, p_phones)
$function$;
alter function api.customer_duplicates_batch(p_names text[], p_phones text[]) owner to salesdesk_api;
grant execute on function api.customer_duplicates_batch(p_names text[], p_phones text[]) to salesdesk_user;
