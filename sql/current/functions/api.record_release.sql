-- api.record_release, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.record_release(p_kind text, p_id bigint, p_reason text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
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
    perform private.hand_on_checked(p_kind, p_id, false);
    perform private.move_record(p_kind, p_id, 'release', null, p_reason);
end
$function$;
alter function api.record_release(p_kind text, p_id bigint, p_reason text) owner to salesdesk_api;
grant execute on function api.record_release(p_kind text, p_id bigint, p_reason text) to salesdesk_user;
