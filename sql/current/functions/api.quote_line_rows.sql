-- api.quote_line_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION api.quote_line_rows(p_quote_id bigint DEFAULT NULL::bigint)
 RETURNS TABLE(id bigint, quote_id bigint, product_id bigint, product_code text, product_name text, unit text, quantity numeric, unit_price numeric, discount numeric, tax_rate numeric, amount numeric, tax_amount numeric, cost_price numeric, margin numeric, notes text, version integer)
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
    select l.id, l.quote_id, l.product_id, p.code, p.name, p.unit, l.quantity, l.unit_price, l.discount,
           l.tax_rate, l.amount, l.tax_amount, c.cost_price, l.amount - round(l.quantity * c.cost_price, 2),
           l.notes, l.version
    from (select l2.id from sales.quote_lines l2 where l2.quote_id = p_quote_id
          union all
          select l2.id from sales.quote_lines l2 where p_quote_id is null) x
        join sales.quote_lines l on l.id = x.id
        join sales.products p on p.id = l.product_id
        left join sales.product_costs c on c.product_id = l.product_id
    where private.require_employee() is not null
    order by l.quote_id, l.id
$function$;
alter function api.quote_line_rows(p_quote_id bigint) owner to salesdesk_api;
grant execute on function api.quote_line_rows(p_quote_id bigint) to salesdesk_user;
