-- api.contract_amendment_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION api.contract_amendment_save(p_contract_id bigint, p_version integer, p_fields jsonb, p_lines jsonb)
 RETURNS integer
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
    checked record;
    v integer;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    perform private.contract_locked(p_contract_id);
    checked := private.contract_amendment_checked(p_fields, p_lines);
    select a.version into v from sales.contract_amendments a
    where a.contract_id = p_contract_id and a.status in ('draft', 'rejected');
    if v is null then
        raise exception 'no amendment to change' using errcode = 'SDC04', detail = 'none';
    elsif p_version is not null and v <> p_version then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    return private.contract_amendment_set(p_contract_id, '{draft,rejected}', 'draft', checked.fields, checked.lines);
end
$function$;
alter function api.contract_amendment_save(p_contract_id bigint, p_version integer, p_fields jsonb, p_lines jsonb) owner to salesdesk_api;
grant execute on function api.contract_amendment_save(p_contract_id bigint, p_version integer, p_fields jsonb, p_lines jsonb) to salesdesk_user;
