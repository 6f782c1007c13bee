-- api.customer_get, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql

CREATE OR REPLACE FUNCTION api.customer_get(p_id bigint)
 RETURNS TABLE(id bigint, name text, short_name text, industry text, level text, address text, region text, phone text, website text, source text, credit_limit numeric, notes text, owner_id bigint, owner_name text, pool_id bigint, pool_name text, unit_id bigint, unit_name text, last_contact_at timestamp with time zone, archived_at timestamp with time zone, version integer, created_at timestamp with time zone, created_by_name text, updated_at timestamp with time zone, updated_by_name text, can_edit boolean, can_manage boolean, access text)
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
    select c.id, c.name, c.short_name, c.industry, c.level, c.address, c.region, c.phone, c.website,
           c.source, c.credit_limit, c.notes, c.owner_id, o.name, c.pool_id, p.name, u.id, u.name,
           c.last_contact_at, c.archived_at, c.version, c.created_at, cb.name, c.updated_at, ub.name,
           r.can_edit, r.can_manage,
           case when c.owner_id = private.current_employee_id() then 'owner'
                when private.sees_all() or c.owner_id = any (private.visible_owner_ids()) then 'scope'
                when c.owner_id is null then 'pool'
                when c.id = any (private.shared_record_ids('customer', true)) then 'write'
                else 'read' end
    from sales.customers c
        cross join lateral private.record_rights('customer', c.id) r
        left join sales.employees o on o.id = c.owner_id
        left join sales.customer_pools p on p.id = c.pool_id
        left join sales.org_units u on u.id = coalesce(o.unit_id, p.unit_id)
        left join sales.employees cb on cb.id = c.created_by
        left join sales.employees ub on ub.id = c.updated_by
    where c.id = p_id and private.require_employee() is not null
$function$;
alter function api.customer_get(p_id bigint) owner to salesdesk_api;
grant execute on function api.customer_get(p_id bigint) to salesdesk_user;
