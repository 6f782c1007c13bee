-- private.approval_type, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_type(p_type text)
 RETURNS private.approval_types
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    t private.approval_types;
begin
    select * into t from private.approval_types where type = p_type;
    if t.kind is null then
        raise exception 'approval type % is not declared', p_type using errcode = 'SD005';
    end if;
    return t;
end
$function$;
alter function private.approval_type(p_type text) owner to salesdesk_owner;
grant execute on function private.approval_type(p_type text) to salesdesk_api;
