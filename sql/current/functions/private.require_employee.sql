-- private.require_employee, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0004_hard_shell.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.require_employee()
 RETURNS bigint
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.current_employee_id();
begin
    if me is null then
        raise exception 'not a salesdesk employee' using errcode = '42501';
    end if;
    if current_query() ~* '\mexplain\M' then
        raise exception 'EXPLAIN ANALYZE is not available for the API' using errcode = '42501';
    end if;
    return me;
end
$function$;
alter function private.require_employee() owner to salesdesk_owner;
grant execute on function private.require_employee() to salesdesk_api;
