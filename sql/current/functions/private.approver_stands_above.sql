-- private.approver_stands_above, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approver_stands_above()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if not private.stands_above(new.employee_id,
                                (select r.requester_id from sales.approval_requests r where r.id = new.request_id)) then
        raise exception 'an approver must stand above the requester' using errcode = 'SDA02';
    end if;
    return new;
end
$function$;
alter function private.approver_stands_above() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
