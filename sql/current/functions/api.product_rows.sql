-- api.product_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.product_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, code text, name text, specification text, unit text, list_price numeric, cost_price numeric, margin numeric, tax_rate numeric, active boolean, category_id bigint, category_name text, updated_at timestamp with time zone, version integer, can_edit boolean)
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
    return query
        select p.id, p.code, p.name, p.specification, p.unit, p.list_price, c.cost_price,
               p.list_price - c.cost_price, p.tax_rate, p.active, p.category_id, g.name,
               p.updated_at, p.version, (select private.has_permission('maintain_products'))
        from sales.products p
            left join sales.product_costs c on c.product_id = p.id
            left join sales.product_categories g on g.id = p.category_id
        where p_ids is null or p.id = any (p_ids)
        order by p.code;
end
$function$;
alter function api.product_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.product_rows(p_ids bigint[]) to salesdesk_user;
