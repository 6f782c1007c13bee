-- private.check_columns, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION private.check_columns(p_values jsonb, p_allowed text[])
 RETURNS void
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    key text;
begin
    if jsonb_typeof(coalesce(p_values, '{}')) <> 'object' then
        raise exception 'values must be an object' using errcode = 'SD005';
    end if;
    for key in select jsonb_object_keys(coalesce(p_values, '{}')) loop
        if not key = any (p_allowed) then
            raise exception 'the field % cannot be written here', key using errcode = 'SD005';
        end if;
    end loop;
end
$function$;
alter function private.check_columns(p_values jsonb, p_allowed text[]) owner to salesdesk_owner;
grant execute on function private.check_columns(p_values jsonb, p_allowed text[]) to salesdesk_api;
