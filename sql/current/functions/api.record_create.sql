-- api.record_create, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql, 0011_duplicate_check.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.record_create(p_kind text, p_values jsonb)
 RETURNS bigint
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
    me bigint := private.require_employee();
    k private.record_kinds := private.kind(p_kind);
    v jsonb := coalesce(p_values, '{}');
    cols text[];
    new_id bigint;
begin
    cols := k.insertable || k.writable;
    if k.parent_kind is null then
        cols := cols || k.owner_column || coalesce(k.pool_column, k.owner_column);
        if not v ? k.owner_column and not (k.pool_column is not null and v ? k.pool_column) then
            v := v || jsonb_build_object(k.owner_column, me);
        end if;
    end if;
    perform private.check_columns(v, cols);
    if v = '{}'::jsonb then
        raise exception 'no values to create a record from' using errcode = 'SD005';
    end if;
    begin
        execute format('insert into %1$s (%2$s) select %2$s from jsonb_populate_record(null::%1$s, $1) returning id',
                       k.table_name, (select string_agg(quote_ident(c), ', ') from jsonb_object_keys(v) c))
            into new_id using v;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return new_id;
end
$function$;
alter function api.record_create(p_kind text, p_values jsonb) owner to salesdesk_api;
grant execute on function api.record_create(p_kind text, p_values jsonb) to salesdesk_user;
