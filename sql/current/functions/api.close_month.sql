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
    r record;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    select * into r from private.month_range(p_month);
    if not private.may_close_month(p_node_kind, p_node_id) then
        raise exception 'only who manages the node closes its month' using errcode = '42501';
    end if;
    if r.after_day > current_date then
        raise exception 'the month has not ended' using errcode = 'SDR02';
    end if;
    -- one close per node and month, whoever tries at the same time
    perform pg_advisory_xact_lock(hashtextextended('month_close:' || p_node_kind || ':'
                                                   || coalesce(p_node_id, 0) || ':' || p_month, 0));
    if private.month_closed(p_node_kind, p_node_id, p_month) then
        raise exception 'the month is closed already' using errcode = 'SDR01';
    end if;
    -- the figures are read here, as the caller, through the policies
    perform private.month_close_insert(me, p_node_kind, p_node_id, p_month,
        private.month_figures(p_node_kind, p_node_id, p_month)
        || jsonb_build_object('adjustments', private.month_earlier_changes(p_node_kind, p_node_id, p_month)));
    return api.month_report(p_node_kind, p_node_id, p_month);
end
$function$;
alter function api.close_month(p_node_kind text, p_node_id bigint, p_month text) owner to salesdesk_api;
grant execute on function api.close_month(p_node_kind text, p_node_id bigint, p_month text) to salesdesk_user;
