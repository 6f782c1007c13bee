-- api.funnel, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION api.funnel(p_node_kind text, p_node_id bigint, p_period text DEFAULT NULL::text)
 RETURNS TABLE(stage_id bigint, stage_position integer, code text, name text, name_en text, outcome text, deals bigint, amount numeric, reached bigint, advanced bigint, conversion numeric, avg_days numeric)
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
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);
    first_day date;
    after_day date;
begin
    if p_period is not null then
        select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    end if;
    return query
        with d as materialized (
            select o.id, o.stage_id, o.amount from sales.opportunities o
            where o.archived_at is null and (owners is null or o.owner_id = any (owners))
        ), h as (
            select h.opportunity_id, h.to_stage_id, h.changed_at,
                   lead(h.changed_at) over w as left_at,
                   max(case when s.outcome is distinct from 'lost' then s.position end)
                       over (w rows between 1 following and unbounded following) as later_position
            from private.stage_history_of(array(select d.id from d)) h
            join sales.opportunity_stages s on s.id = h.to_stage_id
            window w as (partition by h.opportunity_id order by h.changed_at, h.id)
        ), e as (
            select h.to_stage_id as stage_id,
                   count(distinct h.opportunity_id) as reached,
                   count(distinct h.opportunity_id) filter (where h.later_position > s.position) as advanced,
                   round(avg(extract(epoch from h.left_at - h.changed_at) / 86400)::numeric, 1) as avg_days
            from h join sales.opportunity_stages s on s.id = h.to_stage_id
            where (first_day is null or h.changed_at >= first_day and h.changed_at < after_day)
            group by h.to_stage_id
        ), now_in as (
            select d.stage_id, count(*) as deals, sum(d.amount) as amount from d group by d.stage_id
        )
        select s.id, s.position, s.code, s.name, s.name_en, s.outcome,
               coalesce(n.deals, 0), coalesce(n.amount, 0), coalesce(e.reached, 0), coalesce(e.advanced, 0),
               case when s.outcome is null and e.reached > 0 then round(100.0 * e.advanced / e.reached, 1) end,
               e.avg_days
        from sales.opportunity_stages s
        left join e on e.stage_id = s.id left join now_in n on n.stage_id = s.id
        where s.active or n.deals > 0 or e.reached > 0
        order by s.process_id, s.position;
end
$function$;
alter function api.funnel(p_node_kind text, p_node_id bigint, p_period text) owner to salesdesk_api;
grant execute on function api.funnel(p_node_kind text, p_node_id bigint, p_period text) to salesdesk_user;
