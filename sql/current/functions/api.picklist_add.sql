-- api.picklist_add, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION api.picklist_add(p_kind text, p_name text)
 RETURNS bigint
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
    new_id bigint;
    n text;
begin
    perform private.require_admin();
    if p_kind is null or p_kind not in ('industry', 'source', 'region') then
        raise exception 'unknown picklist' using errcode = 'SD005';
    end if;
    n := private.picklist_name(p_name);
    if exists (select 1 from sales.picklist_entries e where e.kind = p_kind and e.name = n) then
        raise exception 'the list already has this entry' using errcode = '23505', column = 'name',
            constraint = 'picklist_entries_kind_name_key';
    end if;
    insert into sales.picklist_entries (kind, name, sort_order)
    values (p_kind, n, coalesce((select max(e.sort_order) from sales.picklist_entries e where e.kind = p_kind), 0) + 1)
    returning id into new_id;
    return new_id;
end
$function$;
alter function api.picklist_add(p_kind text, p_name text) owner to salesdesk_api;
grant execute on function api.picklist_add(p_kind text, p_name text) to salesdesk_user;
