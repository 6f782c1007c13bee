-- api.contact_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql

CREATE OR REPLACE FUNCTION api.contact_rows(p_customer_id bigint DEFAULT NULL::bigint)
 RETURNS TABLE(id bigint, customer_id bigint, name text, title text, mobile text, phone text, email text, is_primary boolean, notes text, version integer, updated_at timestamp with time zone, updated_by_name text)
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
    select k.id, k.customer_id, k.name, k.title, k.mobile, k.phone, k.email, k.is_primary, k.notes,
           k.version, k.updated_at, u.name
    from sales.contacts k left join sales.employees u on u.id = k.updated_by
    where private.require_employee() is not null
      and (p_customer_id is null or k.customer_id = p_customer_id)
    order by k.customer_id, k.is_primary desc, k.name, k.id
$function$;
alter function api.contact_rows(p_customer_id bigint) owner to salesdesk_api;
grant execute on function api.contact_rows(p_customer_id bigint) to salesdesk_user;
