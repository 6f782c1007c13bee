-- api.target_split, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION api.target_split(p_version bigint, p_node_kind text, p_node_id bigint, p_method text, p_tier text DEFAULT 'target'::text, p_months date[] DEFAULT NULL::date[])
 RETURNS integer
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
    v sales.target_versions := private.target_version_of(p_version);
    step numeric;
    fy record;
    kids record;
    keys text[];
    ids bigint[];
    weights numeric[];
    parts numeric[];
    cell record;
    n integer := 0;
    i integer;
begin
    perform private.require_employee();
    if v.status is distinct from 'draft' then
        raise exception 'a published or submitted target version is locked: copy it into a new version'
            using errcode = 'SDT02';
    end if;
    step := case when (select m.measure from sales.metrics m where m.code = v.metric) = 'count' then 1 else 0.01 end;
    select * into fy from private.period_range('FY' || lpad(v.fiscal_year::text, 4, '0'));
    -- only the children the caller writes share the node's value; the others keep theirs
    select array_agg(w.node_kind), array_agg(w.node_id), array_agg(w.weight) into keys, ids, weights
    from private.target_child_weights(p_node_kind, p_node_id, p_method, v.metric, fy.first_day, fy.after_day) w
    where private.target_node_writable(w.node_kind, w.node_id);
    if keys is null then
        raise exception 'this node has no children you may set' using errcode = 'SDT07';
    end if;
    for cell in select x.month, x.value - coalesce((
                    select sum(o.value) from sales.target_values o
                        join private.target_tree() t on t.node_kind = o.node_kind
                                                    and t.node_id is not distinct from o.node_id
                    where o.version_id = p_version and o.month = x.month and o.tier = p_tier
                      and t.parent_kind = p_node_kind and t.parent_id is not distinct from p_node_id
                      and not private.target_node_writable(o.node_kind, o.node_id)), 0) as value
                from sales.target_values x
                where x.version_id = p_version and x.node_kind = p_node_kind
                  and x.node_id is not distinct from p_node_id and x.tier = p_tier
                  and (p_months is null or x.month = any (p_months)) loop
        if cell.value < 0 then
            raise exception 'the children you may not set already hold more than this node' using errcode = 'SDT07';
        end if;
        parts := private.target_split_amount(cell.value, weights, step);
        for i in 1 .. cardinality(keys) loop
            insert into sales.target_values (version_id, node_kind, node_id, month, tier, value)
            values (p_version, keys[i], ids[i], cell.month, p_tier, parts[i])
            on conflict (version_id, node_kind, coalesce(node_id, 0), month, tier)
            do update set value = excluded.value;
            n := n + 1;
        end loop;
    end loop
;
    return n;
end
$function$;
alter function api.target_split(p_version bigint, p_node_kind text, p_node_id bigint, p_method text, p_tier text, p_months date[]) owner to salesdesk_api;
grant execute on function api.target_split(p_version bigint, p_node_kind text, p_node_id bigint, p_method text, p_tier text, p_months date[]) to salesdesk_user;
