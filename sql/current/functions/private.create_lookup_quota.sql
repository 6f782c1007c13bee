-- private.create_lookup_quota, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0011_duplicate_check.sql

CREATE OR REPLACE FUNCTION private.create_lookup_quota(p_employee bigint)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    execute format('create sequence if not exists private.%I as bigint minvalue 0 start 1',
                   'lookup_count_' || p_employee);
    execute format('create sequence if not exists private.%I as bigint minvalue 0 start 0',
                   'lookup_quota_' || p_employee);
end
$function$;
alter function private.create_lookup_quota(p_employee bigint) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
