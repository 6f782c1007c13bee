-- private.check_share, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0004_hard_shell.sql

CREATE OR REPLACE FUNCTION private.check_share()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if not exists (select 1 from sales.employees e where e.id = new.employee_id and e.active) then
        raise exception 'share recipient must be an active employee' using errcode = '23514';
    end if;
    if new.employee_id is not distinct from private.record_owner(new.kind, new.record_id) then
        raise exception 'a record is not shared with its owner' using errcode = '23514';
    end if;
    return new;
end
$function$;
alter function private.check_share() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
