-- api.sales_briefing, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION api.sales_briefing(p_node_kind text, p_node_id bigint, p_period text)
 RETURNS TABLE(item text, current_value numeric, previous_value numeric, last_year_value numeric)
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
    p record;
    y_first date;
    y_after date;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    begin
        select * into r from private.period_range(p_period);
    exception when invalid_parameter_value then
        raise exception 'not a valid period' using errcode = 'SD005';
    end;
    p := private.period_before(r.first_day, r.after_day);
    y_first := (r.first_day - interval '1 year')::date;
    y_after := (r.after_day - interval '1 year')::date;
    return query
        with items (o, item) as (
            values (1, 'new_customers'), (2, 'leads_converted'), (3, 'new_deals'), (4, 'new_contracts'),
                   (5, 'contract_amount'), (6, 'payments'), (7, 'followups')),
        ranges (k, first_day, after_day) as (
            values (0, r.first_day, r.after_day), (1, p.first_day, p.after_day), (2, y_first, y_after)),
        vals as (
            select i.o, i.item, g.k,
                   case when i.item = 'new_deals' then private.node_new_deals(p_node_kind, p_node_id, g.first_day, g.after_day)
                        else (private.node_actual(i.item, p_node_kind, p_node_id, g.first_day, g.after_day)).credited
                   end as v
            from items i cross join ranges g)
        select v.item, max(v.v) filter (where v.k = 0), max(v.v) filter (where v.k = 1), max(v.v) filter (where v.k = 2)
        from vals v group by v.o, v.item order by v.o;
end
$function$;
alter function api.sales_briefing(p_node_kind text, p_node_id bigint, p_period text) owner to salesdesk_api;
grant execute on function api.sales_briefing(p_node_kind text, p_node_id bigint, p_period text) to salesdesk_user;
