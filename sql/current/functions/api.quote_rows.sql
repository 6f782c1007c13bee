-- api.quote_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.quote_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, number text, revision integer, title text, status text, customer_id bigint, customer_name text, opportunity_id bigint, opportunity_title text, valid_until date, amount numeric, tax_amount numeric, total_amount numeric, max_discount numeric, approval text, contract_id bigint, previous_id bigint, notes text, sent_at timestamp with time zone, decided_at timestamp with time zone, owner_id bigint, owner_name text, created_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer)
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
                return query select q.id, q.number, q.revision, q.title,
     case when q.status = 'sent' and q.valid_until < current_date then 'expired' else q.status end as status,
     q.customer_id, cu.name as customer_name, q.opportunity_id, o.title as opportunity_title, q.valid_until,
     q.amount, q.tax_amount, q.total_amount, q.max_discount, q.approval, q.contract_id, q.previous_id,
     q.notes, q.sent_at, q.decided_at, q.owner_id, e.name as owner_name, q.created_at, q.updated_at,
     q.archived_at, q.version from sales.quotes q left join sales.customers cu on cu.id = q.customer_id
     left join sales.opportunities o on o.id = q.opportunity_id
     left join sales.employees e on e.id = q.owner_id order by q.number, q.revision, q.id;
            else
                return query select q.id, q.number, q.revision, q.title,
     case when q.status = 'sent' and q.valid_until < current_date then 'expired' else q.status end as status,
     q.customer_id, cu.name as customer_name, q.opportunity_id, o.title as opportunity_title, q.valid_until,
     q.amount, q.tax_amount, q.total_amount, q.max_discount, q.approval, q.contract_id, q.previous_id,
     q.notes, q.sent_at, q.decided_at, q.owner_id, e.name as owner_name, q.created_at, q.updated_at,
     q.archived_at, q.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.quotes q on q.id = x.id left join sales.customers cu on cu.id = q.customer_id
     left join sales.opportunities o on o.id = q.opportunity_id
     left join sales.employees e on e.id = q.owner_id
                             order by x.n;
            end if;
        end
        $function$;
alter function api.quote_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.quote_rows(p_ids bigint[]) to salesdesk_user;
