-- api.expense_costs, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0030_expenses.sql

CREATE OR REPLACE FUNCTION api.expense_costs(p_customer_id bigint DEFAULT NULL::bigint, p_opportunity_id bigint DEFAULT NULL::bigint)
 RETURNS TABLE(approved_total numeric, approved_count bigint, pending_total numeric)
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
    if p_customer_id is null and p_opportunity_id is null then
        return;   -- asked about nothing: nothing (every argument-free API read answers)
    elsif p_customer_id is not null and p_opportunity_id is not null then
        raise exception 'a customer or a deal, not both' using errcode = 'SD005';
    elsif (p_customer_id is not null and not exists (select 1 from sales.customers c where c.id = p_customer_id))
       or (p_opportunity_id is not null and not exists (select 1 from sales.opportunities o
                                                        where o.id = p_opportunity_id)) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query
        select coalesce(sum(x.amount) filter (where x.status = 'approved'), 0)::numeric(16, 2),
               count(*) filter (where x.status = 'approved'),
               coalesce(sum(x.amount) filter (where x.status = 'submitted'), 0)::numeric(16, 2)
        from sales.expenses x
        where x.archived_at is null
          and (x.customer_id = p_customer_id or x.opportunity_id = p_opportunity_id);
end
$function$;
alter function api.expense_costs(p_customer_id bigint, p_opportunity_id bigint) owner to salesdesk_api;
grant execute on function api.expense_costs(p_customer_id bigint, p_opportunity_id bigint) to salesdesk_user;
