-- private.has_permission, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION private.has_permission(p_code text)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select exists (select 1 from sales.employees e
                       join sales.position_permissions pp on pp.position_id = e.position_id
                   where e.login = session_user::text and e.active and pp.permission = p_code)
$function$;
alter function private.has_permission(p_code text) owner to salesdesk_owner;
grant execute on function private.has_permission(p_code text) to salesdesk_api;
