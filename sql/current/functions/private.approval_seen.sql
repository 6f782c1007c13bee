-- private.approval_seen, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_seen(p_request_id bigint)
 RETURNS void
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if not exists (select 1 from sales.approval_requests r where r.id = p_request_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
end
$function$;
alter function private.approval_seen(p_request_id bigint) owner to salesdesk_owner;
grant execute on function private.approval_seen(p_request_id bigint) to salesdesk_api;
