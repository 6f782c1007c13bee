-- api.directory, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.directory(p_search text DEFAULT ''::text, p_limit integer DEFAULT 50)
 RETURNS TABLE(id bigint, login text, name text, unit_id bigint, unit_name text, position_name text, position_name_en text, level text, in_scope boolean)
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
    select r.id, r.login, r.name, r.unit_id, r.unit_name, r.position_name, r.position_name_en, r.level,
           r.in_scope
    from api.employee_rows() r
    where r.active
      and (coalesce(p_search, '') = ''
           or strpos(lower(r.name), lower(btrim(p_search))) > 0
           or strpos(r.login, lower(btrim(p_search))) > 0
           or strpos(lower(r.unit_name), lower(btrim(p_search))) > 0)
    order by not r.in_scope, r.name_sort, r.id
    limit greatest(1, least(coalesce(p_limit, 50), 500))
$function$;
alter function api.directory(p_search text, p_limit integer) owner to salesdesk_api;
grant execute on function api.directory(p_search text, p_limit integer) to salesdesk_user;
