-- private.is_admin, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION private.is_admin()
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select exists (select 1 from sales.employees e join sales.positions p on p.id = e.position_id
                   where e.login = session_user::text and e.active and p.level = 'admin')
$function$;
alter function private.is_admin() owner to salesdesk_owner;
grant execute on function private.is_admin() to salesdesk_api;
