-- api.customer_deals, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0020_pipeline_links.sql

CREATE OR REPLACE FUNCTION api.customer_deals(p_customer_id bigint)
 RETURNS SETOF api.opportunities
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
    select r.* from api.opportunity_rows(array(
        select o.id from sales.opportunities o
        where o.customer_id = p_customer_id
        order by o.archived_at is not null, o.closed_at is not null, o.updated_at desc, o.id
        limit 500)) r
$function$;
alter function api.customer_deals(p_customer_id bigint) owner to salesdesk_api;
grant execute on function api.customer_deals(p_customer_id bigint) to salesdesk_user;
