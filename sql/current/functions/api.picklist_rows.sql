-- api.picklist_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION api.picklist_rows()
 RETURNS TABLE(id bigint, kind text, name text, sort_order integer, active boolean)
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
begin
    perform private.require_employee();
    return query select e.id, e.kind, e.name, e.sort_order, e.active from sales.picklist_entries e
                 order by e.kind, e.sort_order, e.id;
end
$function$;
alter function api.picklist_rows() owner to salesdesk_api;
grant execute on function api.picklist_rows() to salesdesk_user;
