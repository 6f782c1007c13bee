-- api.product_count, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.product_count(p_query jsonb DEFAULT '{}'::jsonb)
 RETURNS bigint
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
declare
    f record;
    n bigint;
begin
    perform private.require_employee();
    f := private.product_filter(p_query);
    execute format('select count(*) from sales.products p where %s', private.product_conds())
        into n using f.active, f.category_id, f.grams, f.pattern;
    return n;
end
$function$;
alter function api.product_count(p_query jsonb) owner to salesdesk_api;
grant execute on function api.product_count(p_query jsonb) to salesdesk_user;
