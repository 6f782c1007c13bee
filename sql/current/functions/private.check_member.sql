-- private.check_member, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION private.check_member()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if not exists (select 1 from sales.employees e where e.id = new.employee_id and e.active) then
        raise exception 'team member must be an active employee' using errcode = '23514';
    end if;
    return new;
end
$function$;
alter function private.check_member() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
