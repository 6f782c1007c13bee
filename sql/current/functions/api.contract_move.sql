-- api.contract_move, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION api.contract_move(p_contract_id bigint, p_action text, p_version integer DEFAULT NULL::integer)
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
    target text := case p_action when 'in_effect' then 'in_effect' when 'fulfil' then 'fulfilled'
                                 when 'cancel' then 'cancelled' end;
begin
    perform private.require_employee();
    if target is null then
        raise exception 'unknown action' using errcode = 'SD005';
    end if;
    perform private.writable_checked('contract', p_contract_id, p_version);
    c := private.contract_locked(p_contract_id);
    if p_action = 'in_effect' and c.status <> 'approved'
       or p_action = 'fulfil' and c.status <> 'in_effect'
       or p_action = 'cancel' and c.status not in ('draft', 'rejected', 'approved', 'in_effect') then
        perform private.contract_wrong_state(c, target);
    end if;
    if p_action <> 'in_effect' and exists (select 1 from sales.contract_amendments a
                                           where a.contract_id = c.id and a.status = 'submitted') then
        raise exception 'an amendment is waiting for approval' using errcode = 'SDC04', detail = 'submitted';
    end if;
    perform private.contract_set_status(c.id, target);
end
$function$;
alter function api.contract_move(p_contract_id bigint, p_action text, p_version integer) owner to salesdesk_api;
grant execute on function api.contract_move(p_contract_id bigint, p_action text, p_version integer) to salesdesk_user;
