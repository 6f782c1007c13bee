-- private.record_rights, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION private.record_rights(p_kind text, p_id bigint, OUT visible boolean, OUT can_edit boolean, OUT can_manage boolean, OUT version integer)
 RETURNS record
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds := private.kind(p_kind);
begin
    -- coalesce: on a pool record `owner_id = any (...)` is NULL, and NULL rights would slip past
    -- every `if not r.can_edit` (an archive that silently did nothing, SD002 for SD003)
    execute format('select true, coalesce((%s), false), coalesce((%s), false), version from %s where id = $1',
                   k.write_check, k.hand_on_check, k.table_name)
        into visible, can_edit, can_manage, version using p_id;
    visible := coalesce(visible, false);
end
$function$;
alter function private.record_rights(p_kind text, p_id bigint, OUT visible boolean, OUT can_edit boolean, OUT can_manage boolean, OUT version integer) owner to salesdesk_owner;
grant execute on function private.record_rights(p_kind text, p_id bigint, OUT visible boolean, OUT can_edit boolean, OUT can_manage boolean, OUT version integer) to salesdesk_api;
