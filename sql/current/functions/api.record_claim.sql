-- api.record_claim, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql, 0010_claim_active.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.record_claim(p_kind text, p_id bigint)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    k private.record_kinds;
    archived boolean;
begin
    perform private.require_employee();
    perform private.hand_on_checked(p_kind, p_id, true);  -- hidden and missing answer alike first
    k := private.kind(p_kind);
    if k.archivable then
        execute format('select archived_at is not null from %s where id = $1', k.table_name)
            into archived using p_id;
        if archived then
            raise exception 'an archived record cannot be claimed' using errcode = '23514';
        end if;
    end if;
    perform private.move_record(p_kind, p_id, 'claim', null, null);
end
$function$;
alter function api.record_claim(p_kind text, p_id bigint) owner to salesdesk_api;
grant execute on function api.record_claim(p_kind text, p_id bigint) to salesdesk_user;
