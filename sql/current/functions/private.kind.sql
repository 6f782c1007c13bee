-- private.kind, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION private.kind(p_kind text)
 RETURNS private.record_kinds
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds;
begin
    select * into k from private.record_kinds where kind = p_kind;
    if not found then
        raise exception 'unknown record kind' using errcode = 'SD005';
    end if;
    return k;
end
$function$;
alter function private.kind(p_kind text) owner to salesdesk_owner;
grant execute on function private.kind(p_kind text) to salesdesk_api;
