-- api.contract_submit, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION api.contract_submit(p_contract_id bigint, p_version integer DEFAULT NULL::integer)
 RETURNS text
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
    c sales.contracts;
    req bigint;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, p_version);
    c := private.contract_locked(p_contract_id);
    if not private.contract_editable(c.status) then
        perform private.contract_wrong_state(c, 'submitted');
    end if;
    if not exists (select 1 from sales.contract_lines l where l.contract_id = c.id) then
        raise exception 'a contract needs at least one line' using errcode = 'SDC03';
    end if;
    perform private.contract_set_status(c.id, 'submitted');
    req := private.request_approval('contract', c.id, c.total_amount,
                                    (select max(l.discount) from sales.contract_lines l where l.contract_id = c.id),
                                    null, c.title);
    if req is null then
        perform private.contract_approve(c.id, null);
        return 'approved';
    end if;
    return 'submitted';
end
$function$;
alter function api.contract_submit(p_contract_id bigint, p_version integer) owner to salesdesk_api;
grant execute on function api.contract_submit(p_contract_id bigint, p_version integer) to salesdesk_user;
