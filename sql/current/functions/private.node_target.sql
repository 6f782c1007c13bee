-- private.node_target, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql, 0034_targets.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.node_target(p_metric text, p_node_kind text, p_node_id bigint, p_first date, p_after date, p_tier text DEFAULT 'target'::text)
 RETURNS numeric
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select sum(x.value)
    from sales.target_versions v
        join sales.target_values x on x.version_id = v.id
    where v.metric = p_metric and v.status = 'published'
      and x.node_kind = p_node_kind and x.node_id is not distinct from p_node_id
      and x.tier = p_tier and x.month >= p_first and x.month < p_after
$function$;
alter function private.node_target(p_metric text, p_node_kind text, p_node_id bigint, p_first date, p_after date, p_tier text) owner to salesdesk_owner;
grant execute on function private.node_target(p_metric text, p_node_kind text, p_node_id bigint, p_first date, p_after date, p_tier text) to salesdesk_api;
