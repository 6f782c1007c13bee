-- api.lead_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql

CREATE OR REPLACE FUNCTION api.lead_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, company_name text, contact_name text, phone text, mobile text, email text, source text, notes text, status text, disqualify_reason text, converted_customer_id bigint, converted_customer_name text, converted_contact_id bigint, converted_opportunity_id bigint, converted_at timestamp with time zone, converted_by_name text, owner_id bigint, owner_name text, pool_id bigint, pool_name text, unit_id bigint, unit_name text, created_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer)
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
                return query select l.id, l.company_name, l.contact_name, l.phone, l.mobile, l.email, l.source, l.notes, l.status,
     l.disqualify_reason, l.converted_customer_id, c.name as converted_customer_name,
     l.converted_contact_id, l.converted_opportunity_id, l.converted_at, cb.name as converted_by_name,
     l.owner_id, o.name as owner_name, l.pool_id, p.name as pool_name, u.id as unit_id,
     u.name as unit_name, l.created_at, l.updated_at, l.archived_at, l.version from sales.leads l left join sales.customers c on c.id = l.converted_customer_id
     left join sales.employees cb on cb.id = l.converted_by
     left join sales.employees o on o.id = l.owner_id
     left join sales.customer_pools p on p.id = l.pool_id
     left join sales.org_units u on u.id = coalesce(o.unit_id, p.unit_id) order by l.name_sort, l.id;
            else
                return query select l.id, l.company_name, l.contact_name, l.phone, l.mobile, l.email, l.source, l.notes, l.status,
     l.disqualify_reason, l.converted_customer_id, c.name as converted_customer_name,
     l.converted_contact_id, l.converted_opportunity_id, l.converted_at, cb.name as converted_by_name,
     l.owner_id, o.name as owner_name, l.pool_id, p.name as pool_name, u.id as unit_id,
     u.name as unit_name, l.created_at, l.updated_at, l.archived_at, l.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.leads l on l.id = x.id left join sales.customers c on c.id = l.converted_customer_id
     left join sales.employees cb on cb.id = l.converted_by
     left join sales.employees o on o.id = l.owner_id
     left join sales.customer_pools p on p.id = l.pool_id
     left join sales.org_units u on u.id = coalesce(o.unit_id, p.unit_id)
                             order by x.n;
            end if;
        end
        $function$;
alter function api.lead_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.lead_rows(p_ids bigint[]) to salesdesk_user;
