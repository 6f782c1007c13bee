-- private.target_decided, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_decided(p_request_id bigint, p_record_id bigint, p_state text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if p_state = 'approved' then
        perform private.target_publish(p_record_id,
            (select r.requester_id from sales.approval_requests r where r.id = p_request_id));
    else
        update sales.target_versions set status = p_state where id = p_record_id and status = 'submitted';
    end if;
end
$function$;
alter function private.target_decided(p_request_id bigint, p_record_id bigint, p_state text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
