-- api.quote_from_opportunity, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION api.quote_from_opportunity(p_opportunity_id bigint)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    me bigint := private.require_employee();
    o sales.opportunities;
    made bigint;
begin
    select * into o from sales.opportunities where id = p_opportunity_id and archived_at is null;
    if o.id is null then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    insert into sales.quotes (owner_id, customer_id, opportunity_id, title, valid_until)
    values (me, o.customer_id, o.id, o.title, current_date + 30)
    returning id into made;
    insert into sales.quote_lines (quote_id, product_id, quantity, unit_price, discount, tax_rate, notes)
    select made, l.product_id, l.quantity, l.unit_price, l.discount, p.tax_rate * 100, l.notes
    from sales.opportunity_lines l join sales.products p on p.id = l.product_id
    where l.opportunity_id = o.id
    order by l.id;
    return made;
end
$function$;
alter function api.quote_from_opportunity(p_opportunity_id bigint) owner to salesdesk_api;
grant execute on function api.quote_from_opportunity(p_opportunity_id bigint) to salesdesk_user;
