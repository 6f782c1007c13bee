-- private.node_checked, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.node_checked(p_kind text, p_id bigint)
 RETURNS void
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    perform private.require_employee();
    if p_kind is null or p_kind not in ('company', 'unit', 'person') then
        raise exception 'not a valid node' using errcode = 'SD005';
    end if;
    if not private.node_visible(p_kind, p_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
end
$function$;
alter function private.node_checked(p_kind text, p_id bigint) owner to salesdesk_owner;
grant execute on function private.node_checked(p_kind text, p_id bigint) to salesdesk_api;
