-- api.dashboard_ageing, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0037_dashboard.sql, 0044_receivables_summary.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.dashboard_ageing(p_today date)
 RETURNS TABLE(contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
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
    if p_today is null or not isfinite(p_today) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query select * from private.ageing_seen(p_today);
end
$function$;
alter function api.dashboard_ageing(p_today date) owner to salesdesk_api;
grant execute on function api.dashboard_ageing(p_today date) to salesdesk_user;
