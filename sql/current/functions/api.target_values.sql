-- api.target_values, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION api.target_values(p_version bigint)
 RETURNS TABLE(node_kind text, node_id bigint, month date, tier text, value numeric)
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
    return query select x.node_kind, x.node_id, x.month, x.tier, x.value from sales.target_values x
                 where x.version_id = p_version
                 order by x.node_kind, x.node_id, x.month, x.tier;
end
$function$;
alter function api.target_values(p_version bigint) owner to salesdesk_api;
grant execute on function api.target_values(p_version bigint) to salesdesk_user;
