-- api.record_archive, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.record_archive(p_kind text, p_id bigint, p_version integer DEFAULT NULL::integer, p_archived boolean DEFAULT true)
 RETURNS integer
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
    new_version integer;
begin
    perform private.require_employee();
    k := private.kind(p_kind);
    if not k.archivable then
        raise exception 'records of this kind are not archived' using errcode = 'SD005';
    end if;
    perform private.writable_checked(p_kind, p_id, p_version);
    execute format('update %s set archived_at = case when $2 then coalesce(archived_at, now()) end '
                   'where id = $1 returning version', k.table_name)
        into new_version using p_id, p_archived;
    return new_version;
end
$function$;
alter function api.record_archive(p_kind text, p_id bigint, p_version integer, p_archived boolean) owner to salesdesk_api;
grant execute on function api.record_archive(p_kind text, p_id bigint, p_version integer, p_archived boolean) to salesdesk_user;
