-- private.node_actual, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.node_actual(p_metric text, p_kind text, p_id bigint, p_first date, p_after date, OUT credited numeric, OUT overlay_credit numeric, OUT assisted numeric)
 RETURNS record
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    units bigint[];
    months boolean := p_first = date_trunc('month', p_first)::date and p_after = date_trunc('month', p_after)::date;
begin
    if p_kind = 'company' and months then
        select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
        into credited, overlay_credit, assisted
        from private.metric_monthly d
        where d.metric = p_metric and d.month >= p_first and d.month < p_after;
    elsif p_kind = 'company' then
        select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
        into credited, overlay_credit, assisted
        from private.metric_daily d
        where d.metric = p_metric and d.day >= p_first and d.day < p_after;
    elsif p_kind = 'unit' and months then
        units := private.unit_subtree(p_id);
        select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
        into credited, overlay_credit, assisted
        from unnest(units) u (id)
            join private.metric_monthly d on d.metric = p_metric and d.unit_id = u.id
                                         and d.month >= p_first and d.month < p_after;
    elsif p_kind = 'unit' then
        units := private.unit_subtree(p_id);
        select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
        into credited, overlay_credit, assisted
        from unnest(units) u (id)
            join private.metric_daily d on d.metric = p_metric and d.unit_id = u.id
                                       and d.day >= p_first and d.day < p_after;
    else
        select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
        into credited, overlay_credit, assisted
        from private.metric_daily d
        where d.metric = p_metric and d.employee_id = p_id and d.day >= p_first and d.day < p_after;
    end if;
end
$function$;
alter function private.node_actual(p_metric text, p_kind text, p_id bigint, p_first date, p_after date, OUT credited numeric, OUT overlay_credit numeric, OUT assisted numeric) owner to salesdesk_owner;
grant execute on function private.node_actual(p_metric text, p_kind text, p_id bigint, p_first date, p_after date, OUT credited numeric, OUT overlay_credit numeric, OUT assisted numeric) to salesdesk_api;
