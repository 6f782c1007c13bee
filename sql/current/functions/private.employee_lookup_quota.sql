-- private.employee_lookup_quota, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0011_duplicate_check.sql

CREATE OR REPLACE FUNCTION private.employee_lookup_quota()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if tg_op = 'INSERT' then
        perform private.create_lookup_quota(new.id);
    else
        execute format('drop sequence if exists private.%I, private.%I',
                       'lookup_count_' || old.id, 'lookup_quota_' || old.id);
    end if;
    return null;
end
$function$;
alter function private.employee_lookup_quota() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
