-- api.month_report, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION api.month_report(p_node_kind text, p_node_id bigint, p_month text)
 RETURNS jsonb
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
    c record;
    figures jsonb;
    later jsonb;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    perform private.month_range(p_month);
    select m.closed_at, m.snapshot, e.name as closed_by into c
    from sales.month_closes m left join sales.employees e on e.id = m.owner_id
    where m.node_kind = p_node_kind and m.node_id is not distinct from p_node_id and m.month = p_month;
    if found then
        return c.snapshot || jsonb_build_object('status', 'closed', 'closed_at', c.closed_at,
                                                'closed_by', c.closed_by);
    end if;
    figures := private.month_figures(p_node_kind, p_node_id, p_month);
    return figures || jsonb_build_object('status', 'preliminary', 'closed_at', null, 'closed_by', null,
                                         'adjustments', private.month_earlier_changes(
                                             p_node_kind, p_node_id, p_month));
end
$function$;
alter function api.month_report(p_node_kind text, p_node_id bigint, p_month text) owner to salesdesk_api;
grant execute on function api.month_report(p_node_kind text, p_node_id bigint, p_month text) to salesdesk_user;
