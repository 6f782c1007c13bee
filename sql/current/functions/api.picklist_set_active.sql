-- api.picklist_set_active, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION api.picklist_set_active(p_entry_id bigint, p_active boolean)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
begin
    perform private.require_admin();
    update sales.picklist_entries set active = coalesce(p_active, true) where id = p_entry_id;
    if not found then
        raise exception 'no such entry' using errcode = 'P0002';
    end if;
end
$function$;
alter function api.picklist_set_active(p_entry_id bigint, p_active boolean) owner to salesdesk_api;
grant execute on function api.picklist_set_active(p_entry_id bigint, p_active boolean) to salesdesk_user;
