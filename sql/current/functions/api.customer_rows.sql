-- api.customer_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql

CREATE OR REPLACE FUNCTION api.customer_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, name text, short_name text, level text, phone text, region text, industry text, credit_limit numeric, owner_id bigint, owner_name text, pool_id bigint, pool_name text, unit_id bigint, unit_name text, primary_contact_name text, primary_contact_mobile text, last_contact_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer)
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
                return query select c.id, c.name, c.short_name, c.level, c.phone, c.region, c.industry, c.credit_limit,
     c.owner_id, o.name as owner_name, c.pool_id, p.name as pool_name, u.id as unit_id, u.name as unit_name,
     pc.name as primary_contact_name, pc.mobile as primary_contact_mobile,
     c.last_contact_at, c.updated_at, c.archived_at, c.version from sales.customers c left join sales.employees o on o.id = c.owner_id
     left join sales.customer_pools p on p.id = c.pool_id
     left join sales.org_units u on u.id = coalesce(o.unit_id, p.unit_id)
     left join lateral (select k.name, k.mobile from sales.contacts k
                        where k.customer_id = c.id and k.is_primary limit 1) pc on true order by c.name_sort, c.id;
            else
                return query select c.id, c.name, c.short_name, c.level, c.phone, c.region, c.industry, c.credit_limit,
     c.owner_id, o.name as owner_name, c.pool_id, p.name as pool_name, u.id as unit_id, u.name as unit_name,
     pc.name as primary_contact_name, pc.mobile as primary_contact_mobile,
     c.last_contact_at, c.updated_at, c.archived_at, c.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.customers c on c.id = x.id left join sales.employees o on o.id = c.owner_id
     left join sales.customer_pools p on p.id = c.pool_id
     left join sales.org_units u on u.id = coalesce(o.unit_id, p.unit_id)
     left join lateral (select k.name, k.mobile from sales.contacts k
                        where k.customer_id = c.id and k.is_primary limit 1) pc on true
                             order by x.n;
            end if;
        end
        $function$;
alter function api.customer_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.customer_rows(p_ids bigint[]) to salesdesk_user;
