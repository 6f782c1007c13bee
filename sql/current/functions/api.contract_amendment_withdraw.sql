-- api.contract_amendment_withdraw, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION api.contract_amendment_withdraw(p_contract_id bigint, p_discard boolean DEFAULT false)
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
    st text;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    perform private.contract_locked(p_contract_id);
    select a.status into st from sales.contract_amendments a
    where a.contract_id = p_contract_id and a.status in ('draft', 'submitted', 'rejected');
    if st is null or p_discard = (st = 'submitted') then
        raise exception 'no amendment to take back' using errcode = 'SDC04', detail = coalesce(st, 'none');
    end if;
    if st = 'submitted' then
        perform private.approval_withdraw((private.contract_request(p_contract_id)).id, null);
    else
        perform private.contract_amendment_discard(p_contract_id);
    end if;
end
$function$;
alter function api.contract_amendment_withdraw(p_contract_id bigint, p_discard boolean) owner to salesdesk_api;
grant execute on function api.contract_amendment_withdraw(p_contract_id bigint, p_discard boolean) to salesdesk_user;
