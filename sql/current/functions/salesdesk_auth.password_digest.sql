-- salesdesk_auth.password_digest, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: database.sql

CREATE OR REPLACE FUNCTION salesdesk_auth.password_digest()
 RETURNS text
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select encode(sha256(convert_to(a.rolpassword, 'UTF8')), 'hex')
    from pg_catalog.pg_authid a where a.rolname = session_user
$function$;
-- owner: the superuser that ran init
grant execute on function salesdesk_auth.password_digest() to salesdesk_api;
