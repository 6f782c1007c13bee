-- private.customer_analysis_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0040_customer_analysis.sql

CREATE OR REPLACE FUNCTION private.customer_analysis_rows(p_today date)
 RETURNS TABLE(customer_id bigint, customer_name text, owner_id bigint, owner_name text, unit_id bigint, unit_name text, credit_limit numeric, contracts integer, contract_amount numeric, revenue numeric, received numeric, receivable numeric, invoiced numeric, expenses numeric, product_cost numeric, profit numeric, followups_12m integer, contact_frequency numeric, last_contact_on date, recency_days integer, last_order_on date, orders_12m integer, purchasing_power numeric, punctuality numeric, overdue_share numeric, credit_use numeric, credit_score numeric, credit_rating text, relationship_score numeric, relationship_level text, rfm_segment text, revenue_share numeric, abc_class text)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select f.*, round(coalesce(f.revenue / nullif(sum(f.revenue) over (), 0), 0), 4),
           case when f.revenue <= 0 then 'C'
                when coalesce(sum(f.revenue) over w - f.revenue, 0) < 0.80 * sum(f.revenue) over () then 'A'
                when coalesce(sum(f.revenue) over w - f.revenue, 0) < 0.95 * sum(f.revenue) over () then 'B'
                else 'C' end
    from private.customer_figures(p_today, null) f
    window w as (order by f.revenue desc, f.customer_id rows between unbounded preceding and current row)
$function$;
alter function private.customer_analysis_rows(p_today date) owner to salesdesk_owner;
grant execute on function private.customer_analysis_rows(p_today date) to salesdesk_api;
