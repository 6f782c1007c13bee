-- private.node_actual, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.node_actual(p_metric text, p_kind text, p_id bigint, p_first date, p_after date, OUT credited numeric, OUT overlay_credit numeric, OUT assisted numeric)
 RETURNS record
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
    from private.metric_daily d
    where d.metric = p_metric and d.day >= p_first and d.day < p_after
      and case p_kind when 'company' then true
                      when 'unit' then d.unit_id = any (private.unit_subtree(p_id))
                      else d.employee_id = p_id end
$function$;
alter function private.node_actual(p_metric text, p_kind text, p_id bigint, p_first date, p_after date, OUT credited numeric, OUT overlay_credit numeric, OUT assisted numeric) owner to salesdesk_owner;
grant execute on function private.node_actual(p_metric text, p_kind text, p_id bigint, p_first date, p_after date, OUT credited numeric, OUT overlay_credit numeric, OUT assisted numeric) to salesdesk_api;
