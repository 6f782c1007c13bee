-- api.contract_versions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION api.contract_versions(p_contract_id bigint)
 RETURNS TABLE(amendment_no integer, fields jsonb, lines jsonb, amount numeric, tax_amount numeric, total_amount numeric, request_id bigint, approved_by bigint, approved_by_name text, approved_at timestamp with time zone)
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
        select v.amendment_no, v.fields, v.lines, v.amount, v.tax_amount, v.total_amount, v.request_id,
               v.approved_by, e.name, v.approved_at
        from sales.contract_versions v left join sales.employees e on e.id = v.approved_by
        where v.contract_id = p_contract_id
        order by v.amendment_no desc;
end
$function$;
alter function api.contract_versions(p_contract_id bigint) owner to salesdesk_api;
grant execute on function api.contract_versions(p_contract_id bigint) to salesdesk_user;
