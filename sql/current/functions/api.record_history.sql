-- api.record_history, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.record_history(p_kind text, p_id bigint)
 RETURNS TABLE(id bigint, changed_at timestamp with time zone, from_owner_id bigint, from_owner_name text, to_owner_id bigint, to_owner_name text, from_pool_unit_name text, to_pool_unit_name text, reason text, changed_by_name text)
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
    if not (private.record_rights(p_kind, p_id)).visible then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query
        select h.id, h.changed_at, h.from_owner_id, fo.name, h.to_owner_id, tw.name, fu.name, tu.name,
               h.reason, coalesce(b.name, h.changed_by_login)
        from sales.ownership_history h
            left join sales.employees fo on fo.id = h.from_owner_id
            left join sales.employees tw on tw.id = h.to_owner_id
            left join sales.org_units fu on fu.id = h.from_pool_unit_id
            left join sales.org_units tu on tu.id = h.to_pool_unit_id
            left join sales.employees b on b.id = h.changed_by
        where h.kind = p_kind and h.record_id = p_id
        order by h.changed_at desc, h.id desc;
end
$function$;
alter function api.record_history(p_kind text, p_id bigint) owner to salesdesk_api;
grant execute on function api.record_history(p_kind text, p_id bigint) to salesdesk_user;
