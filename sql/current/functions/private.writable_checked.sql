-- private.writable_checked, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION private.writable_checked(p_kind text, p_id bigint, p_version integer)
 RETURNS integer
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    r record := private.record_rights(p_kind, p_id);
begin
    if not r.visible then
        raise exception 'record not found' using errcode = 'P0002';
    elsif not r.can_edit then
        raise exception 'read only' using errcode = 'SD003';
    elsif p_version is not null and r.version <> p_version then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    return r.version;
end
$function$;
alter function private.writable_checked(p_kind text, p_id bigint, p_version integer) owner to salesdesk_owner;
grant execute on function private.writable_checked(p_kind text, p_id bigint, p_version integer) to salesdesk_api;
