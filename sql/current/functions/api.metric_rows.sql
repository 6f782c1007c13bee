-- api.metric_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

CREATE OR REPLACE FUNCTION api.metric_rows()
 RETURNS TABLE(code text, name text, name_en text, source text, date_field text, measure text, counts text, counts_en text, sort_order integer)
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
    return query
        select m.code, m.name, m.name_en, m.source, m.date_field, m.measure, m.counts, m.counts_en, m.sort_order
        from sales.metrics m where m.active order by m.sort_order, m.code;
end
$function$;
alter function api.metric_rows() owner to salesdesk_api;
grant execute on function api.metric_rows() to salesdesk_user;
