-- private.api_messages, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0012_shell_limits.sql

CREATE OR REPLACE FUNCTION private.api_messages(p_function regprocedure, p_level text)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if p_function::text not like 'api.%' then
        raise exception 'not an API function: %', p_function using errcode = '22023';
    end if;
    execute format('alter function %s set client_min_messages = %L', p_function, p_level);
end
$function$;
alter function private.api_messages(p_function regprocedure, p_level text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
