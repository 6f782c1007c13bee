-- api.forecast_nodes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION api.forecast_nodes()
 RETURNS TABLE(node_kind text, node_id bigint, name text, parent_id bigint, depth integer)
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
    units bigint[] := private.forecast_units();
    me bigint := private.current_employee_id();
begin
    perform private.require_employee();
    return query
        with recursive t (id, name, parent_id, depth, path) as (
            select u.id, u.name, u.parent_id, 1, array[u.name]
            from sales.org_units u
            where u.id = any (units) and (u.parent_id is null or u.parent_id <> all (units))
            union all
            select u.id, u.name, u.parent_id, t.depth + 1, t.path || u.name
            from t join sales.org_units u on u.parent_id = t.id where u.id = any (units)
        )
        select 'company', null::bigint, null::text, null::bigint, 0 where private.sees_all()
        union all
        select * from (select 'unit', t.id, t.name, t.parent_id, t.depth from t order by t.path) x
        union all
        select 'person', e.id, e.name, e.unit_id, 0 from sales.employees e where e.id = me;
end
$function$;
alter function api.forecast_nodes() owner to salesdesk_api;
grant execute on function api.forecast_nodes() to salesdesk_user;
