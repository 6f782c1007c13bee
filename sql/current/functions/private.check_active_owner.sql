-- private.check_active_owner, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0002_customers.sql

CREATE OR REPLACE FUNCTION private.check_active_owner()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if new.owner_id is not null and (tg_op = 'INSERT' or new.owner_id is distinct from old.owner_id)
       and not exists (select 1 from sales.employees where id = new.owner_id and active) then
        raise exception 'the owner must be an active employee' using errcode = '23514';
    end if;
    return new;
end
$function$;
alter function private.check_active_owner() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
