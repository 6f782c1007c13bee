-- api.record_shares, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.record_shares(p_kind text, p_id bigint)
 RETURNS TABLE(id bigint, record_id bigint, employee_id bigint, employee_name text, access text, expires_at timestamp with time zone, active boolean, note text, version integer, created_at timestamp with time zone, created_by_name text)
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
        select s.id, s.record_id, s.employee_id, e.name, s.access, s.expires_at,
               s.expires_at is null or s.expires_at > statement_timestamp(), s.note, s.version,
               s.created_at, c.name
        from sales.record_shares s
            join sales.employees e on e.id = s.employee_id
            left join sales.employees c on c.id = s.created_by
        where s.kind = p_kind and s.record_id = p_id
        order by e.name_sort, s.id;
end
$function$;
alter function api.record_shares(p_kind text, p_id bigint) owner to salesdesk_api;
grant execute on function api.record_shares(p_kind text, p_id bigint) to salesdesk_user;
