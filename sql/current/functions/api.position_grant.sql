-- api.position_grant, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.position_grant(p_position_id bigint, p_permission text)
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
    perform private.require_permission('manage_users');
    if not exists (select 1 from sales.positions p where p.id = p_position_id) then
        raise exception 'no such position' using errcode = 'P0002';
    end if;
    if p_permission is null or not exists (select 1 from sales.permissions x where x.code = p_permission) then
        raise exception 'unknown permission' using errcode = 'SD005';
    end if;
    insert into sales.position_permissions (position_id, permission, granted_by)
    values (p_position_id, p_permission, private.current_employee_id())
    on conflict do nothing;
end
$function$;
alter function api.position_grant(p_position_id bigint, p_permission text) owner to salesdesk_api;
grant execute on function api.position_grant(p_position_id bigint, p_permission text) to salesdesk_user;
