-- api.record_unshare, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.record_unshare(p_kind text, p_id bigint, p_employee bigint)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET lock_timeout TO '3s'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    n integer;
begin
    perform private.require_employee();
    delete from sales.record_shares where kind = p_kind and record_id = p_id and employee_id = p_employee;
    get diagnostics n = row_count;
    if n = 0 then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
end
$function$;
alter function api.record_unshare(p_kind text, p_id bigint, p_employee bigint) owner to salesdesk_api;
grant execute on function api.record_unshare(p_kind text, p_id bigint, p_employee bigint) to salesdesk_user;
