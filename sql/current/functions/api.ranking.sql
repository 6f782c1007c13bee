-- api.ranking, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION api.ranking(p_metric text, p_period text, p_of text, p_unit_kind text DEFAULT NULL::text)
 RETURNS TABLE(rank bigint, node_kind text, node_id bigint, name text, unit_name text, actual numeric, overlay_credit numeric, target numeric, percent numeric)
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
    me bigint := private.require_employee();
begin
    if p_of is null or p_of not in ('people', 'units')
       or not exists (select 1 from sales.metrics m where m.code = p_metric) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    begin
        select * into r from private.period_range(p_period);
    exception when invalid_parameter_value then
        raise exception 'not a valid period' using errcode = 'SD005';
    end;
    if p_of = 'people' then
        return query
            with people as (
                select e.id, e.name, u.name as unit_name
                from sales.employees e join sales.org_units u on u.id = e.unit_id
                where (e.id = me or e.id = any ((select private.visible_owner_ids())::bigint[]))),
            sums as (
                select * from private.people_credits(p_metric, array(select id from people), r.first_day,
                                                     r.after_day))
            select rank() over (order by coalesce(s.credited, 0) desc), 'person'::text, p.id, p.name, p.unit_name,
                   coalesce(s.credited, 0), coalesce(s.overlay_credit, 0), t.target,
                   round(coalesce(s.credited, 0) * 100 / nullif(t.target, 0), 1)
            from people p left join sums s on s.employee_id = p.id
                cross join lateral (select private.node_target(p_metric, 'person', p.id, r.first_day, r.after_day)
                                    as target) t
            where s.employee_id is not null
               or exists (select 1 from sales.employees e where e.id = p.id and e.active)
            order by 1, p.name, p.id;
    else
        return query
            with units as (
                select u.id, u.name, pu.name as parent_name
                from sales.org_units u left join sales.org_units pu on pu.id = u.parent_id
                where (u.id = any ((select private.scope_unit_ids())::bigint[])
                       or u.id = (select e.unit_id from sales.employees e where e.id = me))
                  and (p_unit_kind is null or u.kind = p_unit_kind))
            select rank() over (order by a.credited desc), 'unit'::text, u.id, u.name, u.parent_name,
                   a.credited, a.overlay_credit, t.target, round(a.credited * 100 / nullif(t.target, 0), 1)
            from units u
                cross join lateral private.node_actual(p_metric, 'unit', u.id, r.first_day, r.after_day) a
                cross join lateral (select private.node_target(p_metric, 'unit', u.id, r.first_day, r.after_day)
                                    as target) t
            order by 1, u.name, u.id;
    end if;
end
$function$;
alter function api.ranking(p_metric text, p_period text, p_of text, p_unit_kind text) owner to salesdesk_api;
grant execute on function api.ranking(p_metric text, p_period text, p_of text, p_unit_kind text) to salesdesk_user;
