-- api.invoice_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.invoice_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, contract_id bigint, contract_number text, contract_title text, customer_id bigint, customer_name text, number text, issued_on date, invoice_type text, amount numeric, tax_amount numeric, total_amount numeric, note text, updated_at timestamp with time zone, version integer)
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
            -- two statements, not `p_ids is null or id = any (p_ids)`: that OR would scan every row
            if p_ids is null then
                return query select v.id, v.contract_id, c.number as contract_number, c.title as contract_title, c.customer_id,
     cu.name as customer_name, v.number, v.issued_on, v.invoice_type, v.amount, v.tax_amount,
     v.total_amount, v.note, v.updated_at, v.version from sales.invoices v join sales.contracts c on c.id = v.contract_id
     left join sales.customers cu on cu.id = c.customer_id order by v.issued_on desc, v.id desc;
            else
                return query select v.id, v.contract_id, c.number as contract_number, c.title as contract_title, c.customer_id,
     cu.name as customer_name, v.number, v.issued_on, v.invoice_type, v.amount, v.tax_amount,
     v.total_amount, v.note, v.updated_at, v.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.invoices v on v.id = x.id join sales.contracts c on c.id = v.contract_id
     left join sales.customers cu on cu.id = c.customer_id
                             order by x.n;
            end if;
        end
        $function$;
alter function api.invoice_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.invoice_rows(p_ids bigint[]) to salesdesk_user;
