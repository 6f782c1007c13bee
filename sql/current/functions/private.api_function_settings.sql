-- private.api_function_settings, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0012_shell_limits.sql

CREATE OR REPLACE FUNCTION private.api_function_settings()
 RETURNS TABLE(name text, value text)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select 'client_min_messages', 'warning'
    union all
    select s.name, 'off' from pg_settings s
    where s.context = 'user' and s.vartype = 'bool'
      and (s.name like 'debug\_print\_%' or s.name like 'trace\_%')
    order by 1
$function$;
alter function private.api_function_settings() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
