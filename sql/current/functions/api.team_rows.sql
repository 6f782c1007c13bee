-- api.team_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql

CREATE OR REPLACE FUNCTION api.team_rows()
 RETURNS TABLE(id bigint, login text, name text, manager_id bigint, unit_id bigint, position_name text, position_name_en text, level text, customer_count bigint)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
    with people as (select a.* from api.assignable_employees() a),
    counts as (
        select c.owner_id, count(*) as n from sales.customers c
        where c.archived_at is null and c.owner_id in (select people.id from people)
        group by c.owner_id)
    select x.id, x.login, x.name, e.manager_id, x.unit_id, x.position_name, x.position_name_en,
           x.level, coalesce(n.n, 0)
    from people x join sales.employees e on e.id = x.id
        left join counts n on n.owner_id = x.id
    order by e.name_sort, x.id
$function$;
alter function api.team_rows() owner to salesdesk_api;
grant execute on function api.team_rows() to salesdesk_user;
