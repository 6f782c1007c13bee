-- private.harden_api, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0012_shell_limits.sql

CREATE OR REPLACE FUNCTION private.harden_api()
 RETURNS integer
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    f record;
    s record;
    changed integer := 0;
begin
    for f in select p.oid, p.oid::regprocedure as sig, coalesce(p.proconfig, '{}') as config
             from pg_proc p where p.pronamespace = 'api'::regnamespace and p.prokind = 'f'
    loop
        if exists (select from private.api_function_settings() a
                   where not (a.name || '=' || a.value) = any (f.config)) then
            for s in select * from private.api_function_settings() loop
                execute format('alter function %s set %I = %L', f.sig, s.name, s.value);
            end loop;
            changed := changed + 1;
        end if;
    end loop;
    return changed;
end
$function$;
alter function private.harden_api() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
