-- private.metric_credits, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.metric_credits(p_metric text, p_first date, p_after date)
 RETURNS TABLE(employee_id bigint, unit_id bigint, credited numeric, overlay_credit numeric, assisted numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if not exists (select 1 from sales.metrics m where m.code = p_metric) then
        raise exception 'no metric %', p_metric using errcode = 'SD005';
    end if;
    return query
        select d.employee_id, d.unit_id, sum(d.credited), sum(d.overlay_credit), sum(d.assisted)
        from private.metric_daily d
        where d.metric = p_metric and d.day >= p_first and d.day < p_after
        group by d.employee_id, d.unit_id
        having sum(d.records) > 0;
end
$function$;
alter function private.metric_credits(p_metric text, p_first date, p_after date) owner to salesdesk_owner;
grant execute on function private.metric_credits(p_metric text, p_first date, p_after date) to salesdesk_api;
