-- api.record_count, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql, 0011_duplicate_check.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.record_count(p_kind text, p_query jsonb DEFAULT '{}'::jsonb, p_cap integer DEFAULT NULL::integer)
 RETURNS TABLE(n bigint, exact boolean)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
begin
    perform private.require_employee();
    return query select * from private.list_count(p_kind, p_query, least(p_cap, 100000000));
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$function$;
alter function api.record_count(p_kind text, p_query jsonb, p_cap integer) owner to salesdesk_api;
grant execute on function api.record_count(p_kind text, p_query jsonb, p_cap integer) to salesdesk_user;
