-- api.contract_money, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION api.contract_money(p_customer_id bigint DEFAULT NULL::bigint, p_contract_id bigint DEFAULT NULL::bigint, p_owner_id bigint DEFAULT NULL::bigint, p_unit_id bigint DEFAULT NULL::bigint)
 RETURNS TABLE(contract_id bigint, contract_number text, contract_title text, status text, customer_id bigint, customer_name text, owner_id bigint, owner_name text, total_amount numeric, planned numeric, received numeric, pending numeric, invoiced numeric, uninvoiced numeric, receivable numeric)
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
    select r.contract_id, r.contract_number, r.contract_title, r.status, r.customer_id, r.customer_name,
           r.owner_id, r.owner_name, r.total_amount, r.planned, r.received, r.pending, r.invoiced,
           r.total_amount - r.invoiced, r.receivable
    from private.money_rows(p_customer_id, p_contract_id, p_owner_id, p_unit_id) r
    order by r.receivable desc, r.contract_id
$function$;
alter function api.contract_money(p_customer_id bigint, p_contract_id bigint, p_owner_id bigint, p_unit_id bigint) owner to salesdesk_api;
grant execute on function api.contract_money(p_customer_id bigint, p_contract_id bigint, p_owner_id bigint, p_unit_id bigint) to salesdesk_user;
