-- private.approval_locked, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_locked(p_request_id bigint)
 RETURNS sales.approval_requests
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select * from sales.approval_requests where id = p_request_id for update
$function$;
alter function private.approval_locked(p_request_id bigint) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
