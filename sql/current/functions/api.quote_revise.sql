-- api.quote_revise, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION api.quote_revise(p_id bigint, p_version integer DEFAULT NULL::integer)
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
    q sales.quotes := private.quote_locked(p_id, p_version);
    made bigint;
begin
    if q.status not in ('sent', 'declined') then
        raise exception 'only a sent or declined quote is revised' using errcode = 'SDQ01';
    end if;
    perform private.quote_status(q.id, 'revised');
    made := private.quote_copy(q.id);
    insert into sales.quote_lines (quote_id, product_id, quantity, unit_price, discount, tax_rate, notes)
    select made, l.product_id, l.quantity, l.unit_price, l.discount, l.tax_rate, l.notes
    from sales.quote_lines l where l.quote_id = q.id order by l.id;
    return made;
end
$function$;
alter function api.quote_revise(p_id bigint, p_version integer) owner to salesdesk_api;
grant execute on function api.quote_revise(p_id bigint, p_version integer) to salesdesk_user;
