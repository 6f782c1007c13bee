-- api.target_nodes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION api.target_nodes()
 RETURNS TABLE(node_kind text, node_id bigint, parent_kind text, parent_id bigint, name text, writable boolean, children integer)
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
declare
    company boolean := private.target_reads_company();
    read_units bigint[] := private.target_read_units();
    people bigint[] := private.visible_owner_ids();
begin
    perform private.require_employee();
    return query
        select t.node_kind, t.node_id, t.parent_kind, t.parent_id,
               case t.node_kind when 'company' then (select string_agg(u.name, ' / ' order by u.id) from sales.org_units u
                                                     where u.parent_id is null)
                                when 'unit' then (select u.name from sales.org_units u where u.id = t.node_id)
                                else (select e.name from sales.employees e where e.id = t.node_id) end,
               private.target_node_writable(t.node_kind, t.node_id),
               (select count(*)::int from private.target_tree() k
                where k.parent_kind = t.node_kind and k.parent_id is not distinct from t.node_id)
        from private.target_tree() t
        where case t.node_kind when 'company' then company
                               when 'unit' then t.node_id = any (read_units)
                               else t.node_id = any (people) end
        order by case t.node_kind when 'company' then 0 when 'unit' then 1 else 2 end, t.node_id;
end
$function$;
alter function api.target_nodes() owner to salesdesk_api;
grant execute on function api.target_nodes() to salesdesk_user;
