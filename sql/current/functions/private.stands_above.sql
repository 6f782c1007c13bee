-- private.stands_above, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.stands_above(p_approver bigint, p_requester bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select p_approver is distinct from p_requester
       and exists (select 1 from private.visibility_sets s
                   where s.viewer_id = p_approver and p_requester = any (s.managed_ids))
$function$;
alter function private.stands_above(p_approver bigint, p_requester bigint) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
