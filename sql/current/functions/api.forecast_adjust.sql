-- api.forecast_adjust, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION api.forecast_adjust(p_node_kind text, p_node_id bigint, p_month date, p_category text, p_amount numeric, p_note text DEFAULT NULL::text)
 RETURNS bigint
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
    saved bigint;
    unit bigint;
begin
    perform private.require_employee();
    if p_node_kind = 'company' and p_node_id is null then
        unit := null;
    elsif p_node_kind = 'unit' and p_node_id is not null then
        unit := p_node_id;
    else
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    if p_month is null or not isfinite(p_month) or p_category is null or p_amount is null then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    if not private.may_adjust_forecast(unit) then
        raise exception 'only a manager adjusts the forecast of their own node' using errcode = '42501';
    end if;
    insert into sales.forecast_adjustments (unit_id, month, category, amount, note)
    values (unit, date_trunc('month', p_month)::date, p_category, p_amount, nullif(btrim(p_note), ''))
    returning id into saved;
    return saved;
end
$function$;
alter function api.forecast_adjust(p_node_kind text, p_node_id bigint, p_month date, p_category text, p_amount numeric, p_note text) owner to salesdesk_api;
grant execute on function api.forecast_adjust(p_node_kind text, p_node_id bigint, p_month date, p_category text, p_amount numeric, p_note text) to salesdesk_user;
