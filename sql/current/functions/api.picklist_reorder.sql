-- api.picklist_reorder, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION api.picklist_reorder(p_kind text, p_entry_ids bigint[])
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
    if p_kind is null or p_kind not in ('industry', 'source', 'region') then
        raise exception 'unknown picklist' using errcode = 'SD005';
    end if;
    update sales.picklist_entries e set sort_order = o.n
    from (select x.id, row_number() over (order by coalesce(array_position(p_entry_ids, x.id), 2147483647),
                                          x.sort_order, x.id) as n
          from sales.picklist_entries x where x.kind = p_kind) o
    where e.id = o.id and e.sort_order is distinct from o.n::integer;
end
$function$;
alter function api.picklist_reorder(p_kind text, p_entry_ids bigint[]) owner to salesdesk_api;
grant execute on function api.picklist_reorder(p_kind text, p_entry_ids bigint[]) to salesdesk_user;
