-- api.record_delete, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.record_delete(p_kind text, p_id bigint, p_version integer DEFAULT NULL::integer)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET lock_timeout TO '3s'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    k private.record_kinds;
    n integer;
begin
    perform private.require_employee();
    k := private.kind(p_kind);
    if not k.deletable then
        raise exception 'records of this kind are archived, not deleted' using errcode = 'SD005';
    end if;
    perform private.writable_checked(p_kind, p_id, p_version);
    execute format('delete from %s where id = $1 and ($2::integer is null or version = $2)', k.table_name)
        using p_id, p_version;
    get diagnostics n = row_count;
    if n = 0 then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
end
$function$;
alter function api.record_delete(p_kind text, p_id bigint, p_version integer) owner to salesdesk_api;
grant execute on function api.record_delete(p_kind text, p_id bigint, p_version integer) to salesdesk_user;
