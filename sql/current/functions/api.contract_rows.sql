-- api.contract_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.contract_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, number text, title text, status text, customer_id bigint, customer_name text, opportunity_id bigint, opportunity_title text, signed_on date, starts_on date, ends_on date, amount numeric, tax_amount numeric, total_amount numeric, notes text, approved_at timestamp with time zone, owner_id bigint, owner_name text, created_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer)
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
                return query select c.id, c.number, c.title, c.status, c.customer_id, cu.name as customer_name, c.opportunity_id,
     o.title as opportunity_title, c.signed_on, c.starts_on, c.ends_on, c.amount, c.tax_amount,
     c.total_amount, c.notes, c.approved_at, c.owner_id, e.name as owner_name, c.created_at,
     c.updated_at, c.archived_at, c.version from sales.contracts c left join sales.customers cu on cu.id = c.customer_id
     left join sales.opportunities o on o.id = c.opportunity_id
     left join sales.employees e on e.id = c.owner_id order by c.name_sort, c.id;
            else
                return query select c.id, c.number, c.title, c.status, c.customer_id, cu.name as customer_name, c.opportunity_id,
     o.title as opportunity_title, c.signed_on, c.starts_on, c.ends_on, c.amount, c.tax_amount,
     c.total_amount, c.notes, c.approved_at, c.owner_id, e.name as owner_name, c.created_at,
     c.updated_at, c.archived_at, c.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.contracts c on c.id = x.id left join sales.customers cu on cu.id = c.customer_id
     left join sales.opportunities o on o.id = c.opportunity_id
     left join sales.employees e on e.id = c.owner_id
                             order by x.n;
            end if;
        end
        $function$;
alter function api.contract_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.contract_rows(p_ids bigint[]) to salesdesk_user;
