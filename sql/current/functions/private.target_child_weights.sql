-- private.target_child_weights, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_child_weights(p_node_kind text, p_node_id bigint, p_method text, p_metric text, p_first date, p_after date)
 RETURNS TABLE(node_kind text, node_id bigint, weight numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if p_method not in ('even', 'headcount', 'last_year') then
        raise exception 'no split method %', p_method using errcode = '22023';
    end if;
    return query
        with kids as (select t.node_kind, t.node_id from private.target_tree() t
                      where t.parent_kind = p_node_kind and t.parent_id is not distinct from p_node_id),
        results as (select r.employee_id, r.unit_id, r.credited
                    from private.metric_results(p_metric, (p_first - interval '1 year')::date,
                                                (p_after - interval '1 year')::date) r
                    where p_method = 'last_year')
        select k.node_kind, k.node_id,
               case p_method
                   when 'even' then 1::numeric
                   when 'headcount' then
                       case when k.node_kind = 'person' then 1::numeric
                            else (select count(*) from sales.employees e
                                  where e.active and e.unit_id = any (private.unit_subtree(k.node_id)))::numeric end
                   else case when k.node_kind = 'person'
                             then (select coalesce(sum(r.credited), 0) from results r where r.employee_id = k.node_id)
                             else (select coalesce(sum(r.credited), 0) from results r
                                   where r.unit_id = any (private.unit_subtree(k.node_id))) end
               end
        from kids k
        order by case k.node_kind when 'unit' then 0 else 1 end, k.node_id;
end
$function$;
alter function private.target_child_weights(p_node_kind text, p_node_id bigint, p_method text, p_metric text, p_first date, p_after date) owner to salesdesk_owner;
grant execute on function private.target_child_weights(p_node_kind text, p_node_id bigint, p_method text, p_metric text, p_first date, p_after date) to salesdesk_api;
