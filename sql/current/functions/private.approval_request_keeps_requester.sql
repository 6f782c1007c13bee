-- private.approval_request_keeps_requester, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_request_keeps_requester()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if private.current_employee_id() is not null then
        raise exception 'an approval request stays with the person who submitted it' using errcode = 'SDA06';
    end if;
    return new;
end
$function$;
alter function private.approval_request_keeps_requester() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
