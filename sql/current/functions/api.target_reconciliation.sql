-- api.target_reconciliation, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION api.target_reconciliation(p_version bigint)
 RETURNS TABLE(node_kind text, node_id bigint, month date, tier text, value numeric, allocated numeric, difference numeric, children integer)
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
    -- the nodes the caller reads: a parent out of sight would show its visible children as over-allocated
    return query select * from private.target_reconcile(p_version) r
                 where case r.node_kind when 'company' then private.target_reads_company()
                                        else r.node_id = any (private.target_read_units()) end
                 order by r.node_kind, r.node_id, r.month, r.tier;
end
$function$;
alter function api.target_reconciliation(p_version bigint) owner to salesdesk_api;
grant execute on function api.target_reconciliation(p_version bigint) to salesdesk_user;
