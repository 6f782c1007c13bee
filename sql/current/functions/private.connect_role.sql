-- private.connect_role, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: database.sql

CREATE OR REPLACE FUNCTION private.connect_role()
 RETURNS text
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select case when ('salesdesk_connect_' || lower(current_database())) ~ '^[a-z0-9_]{1,63}$'
                then 'salesdesk_connect_' || lower(current_database())
                else 'salesdesk_connect_' || left(encode(sha256(convert_to(current_database(), 'UTF8')), 'hex'), 16)
           end
$function$;
alter function private.connect_role() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
