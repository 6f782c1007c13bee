-- api.contract_withdraw, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION api.contract_withdraw(p_contract_id bigint, p_comment text DEFAULT NULL::text)
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
    c sales.contracts;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    c := private.contract_locked(p_contract_id);
    if c.status <> 'submitted' then
        perform private.contract_wrong_state(c, 'withdrawn');
    end if;
    perform private.approval_withdraw((private.contract_request(c.id)).id, p_comment);
end
$function$;
alter function api.contract_withdraw(p_contract_id bigint, p_comment text) owner to salesdesk_api;
grant execute on function api.contract_withdraw(p_contract_id bigint, p_comment text) to salesdesk_user;
