-- private.require_permission, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION private.require_permission(p_code text)
 RETURNS void
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    perform private.require_employee();
    if not private.has_permission(p_code) then
        raise exception 'your position lacks the permission %', p_code using errcode = '42501';
    end if;
end
$function$;
alter function private.require_permission(p_code text) owner to salesdesk_owner;
grant execute on function private.require_permission(p_code text) to salesdesk_api;
