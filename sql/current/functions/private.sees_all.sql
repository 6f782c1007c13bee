-- private.sees_all, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql

CREATE OR REPLACE FUNCTION private.sees_all()
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce((
        select p.data_scope = 'all'
        from sales.employees e join sales.positions p on p.id = e.position_id
        where e.login = session_user::text and e.active), false)
$function$;
alter function private.sees_all() owner to salesdesk_owner;
grant execute on function private.sees_all() to salesdesk_api;
