-- api.picklist, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION api.picklist(p_kind text)
 RETURNS TABLE(id bigint, kind text, name text, sort_order integer, active boolean, pinyin text, initials text, version integer)
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
    if p_kind is null or p_kind not in ('industry', 'source', 'region') then
        raise exception 'unknown picklist' using errcode = 'SD005';
    end if;
    return query
        select e.id, e.kind, e.name, e.sort_order, e.active,
               split_part(private.pinyin_search(e.name), E'\x1f', 1),
               split_part(private.pinyin_search(e.name), E'\x1f', 2), e.version
        from sales.picklist_entries e
        where e.kind = p_kind
        order by e.sort_order, private.pinyin_key(e.name) collate "C", e.id;
end
$function$;
alter function api.picklist(p_kind text) owner to salesdesk_api;
grant execute on function api.picklist(p_kind text) to salesdesk_user;
