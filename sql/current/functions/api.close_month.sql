-- api.close_month, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION api.close_month(p_node_kind text, p_node_id bigint, p_month text)
 RETURNS jsonb
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
declare
    me bigint := private.require_employee();
begin
    insert into sales.month_closes (owner_id, node_kind, node_id, month)
    values (me, p_node_kind, p_node_id, p_month);
    return api.month_report(p_node_kind, p_node_id, p_month);
end
$function$;
alter function api.close_month(p_node_kind text, p_node_id bigint, p_month text) owner to salesdesk_api;
grant execute on function api.close_month(p_node_kind text, p_node_id bigint, p_month text) to salesdesk_user;
