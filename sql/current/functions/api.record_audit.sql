-- api.record_audit, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.record_audit(p_kind text, p_id bigint, p_limit integer DEFAULT 500)
 RETURNS TABLE(id bigint, at timestamp with time zone, actor_id bigint, actor_name text, kind text, record_id bigint, op text, old_values jsonb, new_values jsonb)
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
        select a.id, a.at, a.actor_id, coalesce(e.name, a.actor_login), a.kind, a.record_id, a.op,
               a.old_values, a.new_values
        from sales.audit_log a left join sales.employees e on e.id = a.actor_id
        where a.root_kind = p_kind and a.root_id = p_id
        order by a.at desc, a.id desc
        limit greatest(1, least(coalesce(p_limit, 500), 5000));
end
$function$;
alter function api.record_audit(p_kind text, p_id bigint, p_limit integer) owner to salesdesk_api;
grant execute on function api.record_audit(p_kind text, p_id bigint, p_limit integer) to salesdesk_user;
