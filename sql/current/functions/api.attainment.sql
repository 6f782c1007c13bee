-- api.attainment, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION api.attainment(p_metric text, p_node_kind text, p_node_id bigint, p_period text)
 RETURNS TABLE(role text, node_kind text, node_id bigint, name text, actual numeric, overlay_credit numeric, target numeric, percent numeric, has_children boolean)
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
declare
    r record;
    whole boolean;
    -- the company is its root unit (as the targets take it): its children are the root's
    below bigint := case when p_node_kind = 'company'
                         then (select u.id from sales.org_units u where u.parent_id is null order by u.id limit 1)
                         else p_node_id end;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    if not exists (select 1 from sales.metrics m where m.code = p_metric) then
        raise exception 'not a valid metric' using errcode = 'SD005';
    end if;
    begin
        select * into r from private.period_range(p_period);
    exception when invalid_parameter_value then
        raise exception 'not a valid period' using errcode = 'SD005';
    end;
    whole := p_node_kind = 'company' or (p_node_kind = 'unit' and p_node_id = any ((select private.scope_unit_ids())::bigint[]));
    return query
        with nodes (o, role, kind, id, name, has_children, credited, overlay_credit) as (
            select 0, 'node', p_node_kind, p_node_id,
                   case p_node_kind when 'company' then null
                                    when 'unit' then (select u.name from sales.org_units u where u.id = p_node_id)
                                    else (select e.name from sales.employees e where e.id = p_node_id) end,
                   p_node_kind <> 'person', a.credited, a.overlay_credit
            from private.node_actual(p_metric, p_node_kind, p_node_id, r.first_day, r.after_day) a
            union all
            select 1, 'child', 'unit', u.id, u.name, true, a.credited, a.overlay_credit
            from sales.org_units u
                cross join lateral private.node_actual(p_metric, 'unit', u.id, r.first_day, r.after_day) a
            where p_node_kind in ('company', 'unit') and u.parent_id = below
              and private.node_visible('unit', u.id)
            union all
            select 2, 'child', 'person', e.id, e.name, false, c.credited, c.overlay_credit
            from private.unit_member_credits(p_metric, below, r.first_day, r.after_day) c
                join sales.employees e on e.id = c.employee_id
            where p_node_kind in ('company', 'unit')
              and (whole or e.id = private.current_employee_id() or e.id = any ((select private.visible_owner_ids())::bigint[])))
        select n.role, n.kind, n.id, n.name, n.credited, n.overlay_credit, t.target,
               round(n.credited * 100 / nullif(t.target, 0), 1), n.has_children
        from nodes n
            cross join lateral (select private.node_target(p_metric, n.kind, n.id, r.first_day, r.after_day) as target) t
        order by n.o, n.credited desc, n.name, n.id;
end
$function$;
alter function api.attainment(p_metric text, p_node_kind text, p_node_id bigint, p_period text) owner to salesdesk_api;
grant execute on function api.attainment(p_metric text, p_node_kind text, p_node_id bigint, p_period text) to salesdesk_user;
