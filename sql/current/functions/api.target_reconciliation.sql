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
    -- only the nodes whose children the caller all reads: a parent out of sight, or one with hidden
    -- children (a salesperson's team), would show a difference that is not there
    return query
        with shown as (select n.node_kind, n.node_id, n.children from api.target_nodes() n)
        select r.* from private.target_reconcile(p_version) r
            join shown s on s.node_kind = r.node_kind and s.node_id is not distinct from r.node_id
        where s.children = (select count(*) from shown c join private.target_tree() t
                                on t.node_kind = c.node_kind and t.node_id is not distinct from c.node_id
                            where t.parent_kind = r.node_kind and t.parent_id is not distinct from r.node_id)
        order by r.node_kind, r.node_id, r.month, r.tier;
end
$function$;
alter function api.target_reconciliation(p_version bigint) owner to salesdesk_api;
grant execute on function api.target_reconciliation(p_version bigint) to salesdesk_user;
