-- api.customer_analysis_months, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0040_customer_analysis.sql

CREATE OR REPLACE FUNCTION api.customer_analysis_months(p_today date, p_customer_id bigint DEFAULT NULL::bigint)
 RETURNS TABLE(month date, contract_amount numeric, received numeric, invoiced numeric, receivable_change numeric)
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
    if p_customer_id is not null and not exists (select 1 from sales.customers c where c.id = p_customer_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if p_today is null or not isfinite(p_today) or p_today < date '1900-01-01' then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query select * from private.customer_months(p_today, p_customer_id);
end
$function$;
alter function api.customer_analysis_months(p_today date, p_customer_id bigint) owner to salesdesk_api;
grant execute on function api.customer_analysis_months(p_today date, p_customer_id bigint) to salesdesk_user;
