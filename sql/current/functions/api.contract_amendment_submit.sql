-- api.contract_amendment_submit, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION api.contract_amendment_submit(p_contract_id bigint)
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
    a sales.contract_amendments;
    checked record;
    totals record;
    req bigint;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    c := private.contract_locked(p_contract_id);
    select * into a from sales.contract_amendments x
    where x.contract_id = c.id and x.status in ('draft', 'rejected');
    if a.id is null then
        raise exception 'no amendment to submit' using errcode = 'SDC04', detail = 'none';
    end if;
    if c.status not in ('approved', 'in_effect') then
        perform private.contract_wrong_state(c, 'amended');
    end if;
    checked := private.contract_amendment_checked(a.fields, a.lines);   -- again: what the submitter sees now
    totals := private.contract_line_amounts(checked.lines);
    perform private.contract_amendment_set(c.id, '{draft,rejected}', 'submitted', checked.fields, checked.lines);
    req := private.request_approval('contract', c.id, totals.amount + totals.tax_amount, totals.max_discount, null,
                                    format('%s (%s)', checked.fields ->> 'title', a.amendment_no));
    if req is null then
        perform private.contract_amendment_apply(c.id, null);
        return 'approved';
    end if;
    return 'submitted';
end
$function$;
alter function api.contract_amendment_submit(p_contract_id bigint) owner to salesdesk_api;
grant execute on function api.contract_amendment_submit(p_contract_id bigint) to salesdesk_user;
