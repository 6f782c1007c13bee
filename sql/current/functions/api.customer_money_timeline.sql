-- api.customer_money_timeline, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION api.customer_money_timeline(p_customer_id bigint, p_limit integer DEFAULT 50)
 RETURNS TABLE(at date, entry text, record_id bigint, contract_id bigint, contract_number text, amount numeric, detail text, status text)
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
    lim integer := greatest(1, least(coalesce(p_limit, 50), 500));
begin
    perform private.require_employee();
    if not exists (select 1 from sales.customers c where c.id = p_customer_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query
        select * from (
            (select p.received_on, 'payment'::text, p.id, c.id, coalesce(c.number, c.title), p.amount,
                    p.method, p.status
             from sales.contracts c join sales.payments p on p.contract_id = c.id
             where c.customer_id = p_customer_id
             order by p.received_on desc, p.id desc limit lim)
            union all
            (select v.issued_on, 'invoice'::text, v.id, c.id, coalesce(c.number, c.title), v.total_amount,
                    v.number, v.invoice_type
             from sales.contracts c join sales.invoices v on v.contract_id = c.id
             where c.customer_id = p_customer_id
             order by v.issued_on desc, v.id desc limit lim)
        ) t (at, entry, record_id, contract_id, contract_number, amount, detail, status)
        order by t.at desc, t.entry, t.record_id desc
        limit lim;
end
$function$;
alter function api.customer_money_timeline(p_customer_id bigint, p_limit integer) owner to salesdesk_api;
grant execute on function api.customer_money_timeline(p_customer_id bigint, p_limit integer) to salesdesk_user;
