-- api.scorecard, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION api.scorecard(p_position_code text, p_period text)
 RETURNS TABLE(rank bigint, employee_id bigint, name text, unit_name text, score numeric, indicators jsonb)
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
    pos bigint;
begin
    select p.id into pos from sales.positions p where p.code = p_position_code;
    if pos is null then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    begin
        select * into r from private.period_range(p_period);
    exception when invalid_parameter_value then
        raise exception 'not a valid period' using errcode = 'SD005';
    end;
    return query
        with people as (
            select e.id, e.name, u.name as unit_name
            from sales.employees e join sales.org_units u on u.id = e.unit_id
            where e.position_id = pos and e.active
              and (e.id = me or e.id = any ((select private.visible_owner_ids())::bigint[]))),
        scored as (
            select p.id, p.name, p.unit_name, coalesce(sum(s.points), 0) as score,
                   coalesce(jsonb_agg(jsonb_build_object('indicator', s.indicator, 'weight', s.weight, 'actual', s.actual,
                                                    'goal', s.goal, 'attainment', s.attainment, 'points', s.points)
                                  order by s.ord) filter (where s.indicator is not null), '[]') as ind
            from people p
                left join lateral (select c.*, row_number() over () as ord
                                   from private.scorecard_of(p.id, pos, r.first_day, r.after_day) c) s on true
            group by p.id, p.name, p.unit_name)
        select rank() over (order by s.score desc), s.id, s.name, s.unit_name, s.score, s.ind
        from scored s order by 1, s.name, s.id;
end
$function$;
alter function api.scorecard(p_position_code text, p_period text) owner to salesdesk_api;
grant execute on function api.scorecard(p_position_code text, p_period text) to salesdesk_user;
