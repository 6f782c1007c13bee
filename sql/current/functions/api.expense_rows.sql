-- api.expense_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.expense_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, owner_id bigint, owner_name text, spent_on date, category text, category_name text, category_name_en text, amount numeric, customer_id bigint, customer_name text, opportunity_id bigint, opportunity_title text, note text, receipt_ref text, status text, created_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer)
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
                return query select e.id, e.owner_id, o.name as owner_name, e.spent_on, e.category, c.name as category_name,
     c.name_en as category_name_en, e.amount, e.customer_id, k.name as customer_name, e.opportunity_id,
     d.title as opportunity_title, e.note, e.receipt_ref, e.status, e.created_at, e.updated_at,
     e.archived_at, e.version from sales.expenses e left join sales.employees o on o.id = e.owner_id
     join sales.expense_categories c on c.code = e.category
     left join sales.customers k on k.id = e.customer_id
     left join sales.opportunities d on d.id = e.opportunity_id order by e.spent_on desc, e.id desc;
            else
                return query select e.id, e.owner_id, o.name as owner_name, e.spent_on, e.category, c.name as category_name,
     c.name_en as category_name_en, e.amount, e.customer_id, k.name as customer_name, e.opportunity_id,
     d.title as opportunity_title, e.note, e.receipt_ref, e.status, e.created_at, e.updated_at,
     e.archived_at, e.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.expenses e on e.id = x.id left join sales.employees o on o.id = e.owner_id
     join sales.expense_categories c on c.code = e.category
     left join sales.customers k on k.id = e.customer_id
     left join sales.opportunities d on d.id = e.opportunity_id
                             order by x.n;
            end if;
        end
        $function$;
alter function api.expense_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.expense_rows(p_ids bigint[]) to salesdesk_user;
