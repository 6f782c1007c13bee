-- api.customer_analysis, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0040_customer_analysis.sql

CREATE OR REPLACE FUNCTION api.customer_analysis(p_today date, p_sort text DEFAULT 'revenue'::text, p_limit integer DEFAULT 500)
 RETURNS TABLE(customer_id bigint, customer_name text, owner_id bigint, owner_name text, unit_id bigint, unit_name text, credit_limit numeric, contracts integer, contract_amount numeric, revenue numeric, received numeric, receivable numeric, invoiced numeric, expenses numeric, product_cost numeric, profit numeric, followups_12m integer, contact_frequency numeric, last_contact_on date, recency_days integer, last_order_on date, orders_12m integer, purchasing_power numeric, punctuality numeric, overdue_share numeric, credit_use numeric, credit_score numeric, credit_rating text, relationship_score numeric, relationship_level text, rfm_segment text, revenue_share numeric, abc_class text)
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
    if p_today is null or not isfinite(p_today) or p_limit is null or p_limit < 1 or p_limit > 5000
       or p_sort is null or p_sort not in ('revenue', 'contract_amount', 'received', 'receivable',
                                           'invoiced', 'expenses', 'profit', 'contact_frequency',
                                           'purchasing_power', 'credit_score', 'relationship_score') then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query
        select r.* from private.customer_analysis_rows(p_today) r
        order by case p_sort when 'revenue' then r.revenue when 'contract_amount' then r.contract_amount
                      when 'received' then r.received when 'receivable' then r.receivable
                      when 'invoiced' then r.invoiced when 'expenses' then r.expenses
                      when 'profit' then r.profit when 'contact_frequency' then r.contact_frequency
                      when 'purchasing_power' then r.purchasing_power when 'credit_score' then r.credit_score
                      else r.relationship_score end desc nulls last, r.customer_id
        limit p_limit;
end
$function$;
alter function api.customer_analysis(p_today date, p_sort text, p_limit integer) owner to salesdesk_api;
grant execute on function api.customer_analysis(p_today date, p_sort text, p_limit integer) to salesdesk_user;
