-- api.receivable_instalments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION api.receivable_instalments(p_today date, p_customer_id bigint DEFAULT NULL::bigint, p_contract_id bigint DEFAULT NULL::bigint)
 RETURNS TABLE(instalment_id bigint, contract_id bigint, contract_number text, contract_title text, customer_id bigint, customer_name text, owner_id bigint, owner_name text, unit_id bigint, unit_name text, due_on date, amount numeric, paid numeric, unpaid numeric, days_overdue integer, bucket text)
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
#variable_conflict use_column
begin
    -- first, whatever the ids: an outsider is refused alike for a hidden and a missing contract
    perform private.require_employee();
    return query
    with c as (
        select c.id, c.number, c.title, c.customer_id, c.owner_id
        from sales.contracts c
        where private.contract_counts(c.status)
          and (p_customer_id is null or c.customer_id = p_customer_id)
          and (p_contract_id is null or c.id = p_contract_id)
          and isfinite(p_today)  -- no day is infinitely overdue: nothing (null too)
    ), allocated as (
        select i.id, i.contract_id, i.due_on, i.amount,
               sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) as running,
               coalesce((select sum(p.amount) from sales.payments p
                         where p.contract_id = i.contract_id and p.status = 'approved'), 0) as received
        from c join sales.instalments i on i.contract_id = c.id
    ), unpaid as (
        select a.*, greatest(0, least(a.amount, a.running - a.received)) as open_amount,
               greatest(0, p_today - a.due_on) as overdue
        from allocated a
    )
    select u.id, c.id, c.number, c.title, c.customer_id, cu.name, c.owner_id, e.name, e.unit_id, ou.name,
           u.due_on, u.amount, u.amount - u.open_amount, u.open_amount, u.overdue,
           case when u.overdue = 0 then 'not_due' when u.overdue <= 30 then 'd1_30'
                when u.overdue <= 60 then 'd31_60' when u.overdue <= 90 then 'd61_90' else 'd91_plus' end
    from unpaid u
        join c on c.id = u.contract_id
        left join sales.customers cu on cu.id = c.customer_id
        left join sales.employees e on e.id = c.owner_id
        left join sales.org_units ou on ou.id = e.unit_id
    order by u.contract_id, u.due_on, u.id;
end
$function$;
alter function api.receivable_instalments(p_today date, p_customer_id bigint, p_contract_id bigint) owner to salesdesk_api;
grant execute on function api.receivable_instalments(p_today date, p_customer_id bigint, p_contract_id bigint) to salesdesk_user;
