-- api.customer_figures, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0040_customer_analysis.sql

CREATE OR REPLACE FUNCTION api.customer_figures(p_customer_id bigint, p_today date)
 RETURNS TABLE(customer_id bigint, customer_name text, owner_id bigint, owner_name text, unit_id bigint, unit_name text, credit_limit numeric, contracts integer, contract_amount numeric, revenue numeric, received numeric, receivable numeric, invoiced numeric, expenses numeric, product_cost numeric, profit numeric, followups_12m integer, contact_frequency numeric, last_contact_on date, recency_days integer, last_order_on date, orders_12m integer, purchasing_power numeric, punctuality numeric, overdue_share numeric, credit_use numeric, credit_score numeric, credit_rating text, relationship_score numeric, relationship_level text, rfm_segment text)
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
    if not exists (select 1 from sales.customers c where c.id = p_customer_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if p_today is null or not isfinite(p_today) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query select * from private.customer_figures(p_today, p_customer_id);
end
$function$;
alter function api.customer_figures(p_customer_id bigint, p_today date) owner to salesdesk_api;
grant execute on function api.customer_figures(p_customer_id bigint, p_today date) to salesdesk_user;
