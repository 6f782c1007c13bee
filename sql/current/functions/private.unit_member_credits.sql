-- private.unit_member_credits, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.unit_member_credits(p_metric text, p_unit_id bigint, p_first date, p_after date)
 RETURNS TABLE(employee_id bigint, credited numeric, overlay_credit numeric)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select x.employee_id, sum(x.credited), sum(x.overlay_credit)
    from (select d.employee_id, d.credited, d.overlay_credit
          from private.metric_daily d
          where d.metric = p_metric and d.unit_id = p_unit_id and d.day >= p_first and d.day < p_after
            and d.records > 0
          union all
          select e.id, 0, 0 from sales.employees e where e.unit_id = p_unit_id and e.active) x
    group by x.employee_id
$function$;
alter function private.unit_member_credits(p_metric text, p_unit_id bigint, p_first date, p_after date) owner to salesdesk_owner;
grant execute on function private.unit_member_credits(p_metric text, p_unit_id bigint, p_first date, p_after date) to salesdesk_api;
