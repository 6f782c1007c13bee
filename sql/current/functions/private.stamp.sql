-- private.stamp, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0004_hard_shell.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.stamp()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if tg_op = 'INSERT' then
        new.created_at := now();
        new.created_by := private.current_employee_id();
        new.version := 1;
    else
        if tg_nargs > 0 and (to_jsonb(new) - tg_argv) = (to_jsonb(old) - tg_argv) then
            return new;  -- only computed columns changed
        end if;
        new.created_at := old.created_at;
        new.created_by := old.created_by;
        new.version := old.version + 1;
    end if;
    new.updated_at := now();
    new.updated_by := private.current_employee_id();
    return new;
end
$function$;
alter function private.stamp() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
