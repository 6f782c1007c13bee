-- api.month_adjustments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION api.month_adjustments(p_node_kind text, p_node_id bigint, p_month text)
 RETURNS TABLE(changed_on date, section text, record_id bigint, label text, metric text, node_kind text, node_id bigint, node_name text, before numeric, after numeric, delta numeric)
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
    snap jsonb;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    perform private.month_range(p_month);
    select m.snapshot into snap from sales.month_closes m
    where m.node_kind = p_node_kind and m.node_id is not distinct from p_node_id and m.month = p_month;
    if found then
        return query select * from private.month_changes(snap, private.month_figures(p_node_kind, p_node_id, p_month)) x
                     order by x.section, x.changed_on nulls last, x.record_id, x.metric, x.node_kind, x.node_id;
    end if;
end
$function$;
alter function api.month_adjustments(p_node_kind text, p_node_id bigint, p_month text) owner to salesdesk_api;
grant execute on function api.month_adjustments(p_node_kind text, p_node_id bigint, p_month text) to salesdesk_user;
