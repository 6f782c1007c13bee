-- api.contract_flow, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION api.contract_flow(p_contract_id bigint)
 RETURNS TABLE(id bigint, status text, number text, amendment_no integer, approved_at timestamp with time zone, request_id bigint, request_state text, amendment_status text, amendment_no_open integer, amendment_version integer, amendment_fields jsonb, amendment_lines jsonb, amendment_amount numeric, amendment_tax_amount numeric, amendment_total_amount numeric, can_edit boolean)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
begin
    perform private.require_employee();
    return query
        select c.id, c.status, c.number, c.amendment_no, c.approved_at, r.id, r.state, a.status, a.amendment_no,
               a.version, a.fields, a.lines, t.amount, t.tax_amount, t.amount + t.tax_amount,
               (private.record_rights('contract', c.id)).can_edit
        from sales.contracts c
        left join lateral (select (private.contract_request(c.id)).*) r on true
        left join sales.contract_amendments a on a.contract_id = c.id and a.status in ('draft', 'submitted', 'rejected')
        left join lateral private.contract_line_amounts(a.lines) t on a.id is not null
        where c.id = p_contract_id;
end
$function$;
alter function api.contract_flow(p_contract_id bigint) owner to salesdesk_api;
grant execute on function api.contract_flow(p_contract_id bigint) to salesdesk_user;
