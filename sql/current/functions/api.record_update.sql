-- api.record_update, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql, 0011_duplicate_check.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.record_update(p_kind text, p_id bigint, p_version integer, p_values jsonb)
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
    current_version integer;
    new_version integer;
begin
    perform private.require_employee();
    k := private.kind(p_kind);
    perform private.check_columns(p_values, k.writable);
    current_version := private.writable_checked(p_kind, p_id, p_version);  -- no lock yet
    if coalesce(p_values, '{}'::jsonb) = '{}'::jsonb then  -- nothing to save (NULL too)
        return current_version;
    end if;
    begin
        execute format('update %1$s t set (%2$s) = (select %2$s from jsonb_populate_record(null::%1$s, $1)) '
                       'where t.id = $2 and ($3::integer is null or t.version = $3) returning t.version',
                       k.table_name, (select string_agg(quote_ident(c), ', ') from jsonb_object_keys(p_values) c))
            into new_version using p_values, p_id, p_version;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    if new_version is null then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    return new_version;
end
$function$;
alter function api.record_update(p_kind text, p_id bigint, p_version integer, p_values jsonb) owner to salesdesk_api;
grant execute on function api.record_update(p_kind text, p_id bigint, p_version integer, p_values jsonb) to salesdesk_user;
