-- api.position_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.position_rows()
 RETURNS TABLE(id bigint, code text, name text, name_en text, level text, data_scope text)
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
    select p.id, p.code, p.name, p.name_en, p.level, p.data_scope from sales.positions p
    where private.require_employee() is not null
    order by p.id
$function$;
alter function api.position_rows() owner to salesdesk_api;
grant execute on function api.position_rows() to salesdesk_user;
