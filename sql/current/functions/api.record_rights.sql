-- api.record_rights, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.record_rights(p_kind text, p_id bigint)
 RETURNS TABLE(can_edit boolean, can_manage boolean, version integer)
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
declare
    r record;
begin
    perform private.require_employee();
    r := private.record_rights(p_kind, p_id);
    if not r.visible then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query select r.can_edit, r.can_manage, r.version;
end
$function$;
alter function api.record_rights(p_kind text, p_id bigint) owner to salesdesk_api;
grant execute on function api.record_rights(p_kind text, p_id bigint) to salesdesk_user;
