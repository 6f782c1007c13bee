-- private.month_earlier_changes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.month_earlier_changes(p_node_kind text, p_node_id bigint, p_month text)
 RETURNS jsonb
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(jsonb_agg(to_jsonb(x) || jsonb_build_object('month', m.month)
                              order by m.month, x.section, x.changed_on nulls last, x.record_id, x.metric, x.node_id), '[]')
    from sales.month_closes m
        cross join lateral private.month_changes(
            m.snapshot, private.month_figures(p_node_kind, p_node_id, m.month)) x
    where m.node_kind = p_node_kind and m.node_id is not distinct from p_node_id
      and m.month < p_month and m.month >= to_char((p_month || '-01')::date - interval '12 months', 'YYYY-MM')
      and (x.changed_on is null or x.changed_on < ((p_month || '-01')::date + interval '1 month')::date)
$function$;
alter function private.month_earlier_changes(p_node_kind text, p_node_id bigint, p_month text) owner to salesdesk_owner;
grant execute on function private.month_earlier_changes(p_node_kind text, p_node_id bigint, p_month text) to salesdesk_api;
