-- api.target_rebalance, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION api.target_rebalance(p_employee_id bigint, p_successor_id bigint, p_reason text)
 RETURNS bigint[]
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
    perform private.require_permission('manage_targets');
    if not private.target_node_writable('person', p_employee_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if p_successor_id is not null and not private.target_node_writable('person', p_successor_id) then
        raise exception 'the successor must be an active colleague in the same unit' using errcode = 'SDT04';
    end if;
    return private.target_rebalance(p_employee_id, p_successor_id, p_reason, private.current_employee_id());
end
$function$;
alter function api.target_rebalance(p_employee_id bigint, p_successor_id bigint, p_reason text) owner to salesdesk_api;
grant execute on function api.target_rebalance(p_employee_id bigint, p_successor_id bigint, p_reason text) to salesdesk_user;
