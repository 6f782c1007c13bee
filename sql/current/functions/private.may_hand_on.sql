-- private.may_hand_on, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0004_hard_shell.sql

CREATE OR REPLACE FUNCTION private.may_hand_on(p_owner_id bigint, p_pool_id bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select case
        when p_owner_id is not null then p_owner_id = any (private.managed_owner_ids())
        when p_pool_id is not null then p_pool_id = any (private.managed_pool_ids())
        else false
    end
$function$;
alter function private.may_hand_on(p_owner_id bigint, p_pool_id bigint) owner to salesdesk_owner;
grant execute on function private.may_hand_on(p_owner_id bigint, p_pool_id bigint) to salesdesk_api;
