-- api.picklist_rename, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION api.picklist_rename(p_entry_id bigint, p_name text)
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
declare
    e sales.picklist_entries;
    n text;
begin
    perform private.require_admin();
    n := private.picklist_name(p_name);
    select * into e from sales.picklist_entries where id = p_entry_id for update;
    if not found then
        raise exception 'no such entry' using errcode = 'P0002';
    end if;
    if n <> e.name and exists (select 1 from sales.picklist_entries x where x.kind = e.kind and x.name = n) then
        raise exception 'the list already has this entry' using errcode = '23505', column = 'name',
            constraint = 'picklist_entries_kind_name_key';
    end if;
    update sales.picklist_entries set name = n where id = p_entry_id;
end
$function$;
alter function api.picklist_rename(p_entry_id bigint, p_name text) owner to salesdesk_api;
grant execute on function api.picklist_rename(p_entry_id bigint, p_name text) to salesdesk_user;
