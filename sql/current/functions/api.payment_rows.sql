-- api.payment_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.payment_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, contract_id bigint, contract_number text, contract_title text, customer_id bigint, customer_name text, received_on date, amount numeric, method text, reference text, status text, note text, created_by bigint, created_by_name text, updated_at timestamp with time zone, version integer)
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
                return query select p.id, p.contract_id, c.number as contract_number, c.title as contract_title, c.customer_id,
     cu.name as customer_name, p.received_on, p.amount, p.method, p.reference, p.status, p.note,
     p.created_by, e.name as created_by_name, p.updated_at, p.version from sales.payments p join sales.contracts c on c.id = p.contract_id
     left join sales.customers cu on cu.id = c.customer_id
     left join sales.employees e on e.id = p.created_by order by p.received_on desc, p.id desc;
            else
                return query select p.id, p.contract_id, c.number as contract_number, c.title as contract_title, c.customer_id,
     cu.name as customer_name, p.received_on, p.amount, p.method, p.reference, p.status, p.note,
     p.created_by, e.name as created_by_name, p.updated_at, p.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.payments p on p.id = x.id join sales.contracts c on c.id = p.contract_id
     left join sales.customers cu on cu.id = c.customer_id
     left join sales.employees e on e.id = p.created_by
                             order by x.n;
            end if;
        end
        $function$;
alter function api.payment_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.payment_rows(p_ids bigint[]) to salesdesk_user;
