-- api.customer_money, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION api.customer_money(p_customer_id bigint DEFAULT NULL::bigint)
 RETURNS TABLE(customer_id bigint, customer_name text, contracts integer, total_amount numeric, received numeric, pending numeric, invoiced numeric, uninvoiced numeric, receivable numeric)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
    select r.customer_id, max(r.customer_name), count(*)::integer, sum(r.total_amount), sum(r.received),
           sum(r.pending), sum(r.invoiced), sum(r.total_amount - r.invoiced), sum(r.receivable)
    from private.money_rows(p_customer_id, null) r
    group by r.customer_id
    order by sum(r.receivable) desc, r.customer_id
$function$;
alter function api.customer_money(p_customer_id bigint) owner to salesdesk_api;
grant execute on function api.customer_money(p_customer_id bigint) to salesdesk_user;
