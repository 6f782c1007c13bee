-- private.scorecard_of, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.scorecard_of(p_employee_id bigint, p_position_id bigint, p_first date, p_after date)
 RETURNS TABLE(indicator text, weight numeric, actual numeric, goal numeric, attainment numeric, points numeric)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with a as (
        select s.indicator, s.weight, s.sort_order,
               case s.indicator
                   when 'satisfaction' then (
                       select avg(f.satisfaction) from sales.followups f join sales.customers k on k.id = f.customer_id
                       where k.owner_id = p_employee_id and f.satisfaction is not null and f.archived_at is null
                         and private.result_day(f.happened_at) >= p_first and private.result_day(f.happened_at) < p_after)
                   when 'deal_credit' then (private.node_actual('contract_amount', 'person', p_employee_id, p_first, p_after)).assisted
                   else (private.node_actual(s.indicator, 'person', p_employee_id, p_first, p_after)).credited end as actual,
               case s.indicator
                   when 'satisfaction' then coalesce(s.monthly_goal, 5)
                   when 'deal_credit' then s.monthly_goal * private.period_months(p_first, p_after)
                   else coalesce(private.node_target(s.indicator, 'person', p_employee_id, p_first, p_after),
                                 s.monthly_goal * private.period_months(p_first, p_after)) end as goal
        from sales.scorecard_items s where s.position_id = p_position_id)
    select a.indicator, a.weight, coalesce(a.actual, 0), a.goal,
           round(coalesce(a.actual, 0) / nullif(a.goal, 0), 4),
           round(a.weight * least(coalesce(coalesce(a.actual, 0) / nullif(a.goal, 0), 0), 1.2), 2)
    from a order by a.sort_order, a.indicator
$function$;
alter function private.scorecard_of(p_employee_id bigint, p_position_id bigint, p_first date, p_after date) owner to salesdesk_owner;
grant execute on function private.scorecard_of(p_employee_id bigint, p_position_id bigint, p_first date, p_after date) to salesdesk_api;
