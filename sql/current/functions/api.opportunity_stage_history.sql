-- api.opportunity_stage_history, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION api.opportunity_stage_history(p_id bigint)
 RETURNS TABLE(id bigint, changed_at timestamp with time zone, changed_by bigint, changed_by_name text, from_stage_id bigint, from_stage_name text, from_stage_name_en text, to_stage_id bigint, to_stage_name text, to_stage_name_en text, probability numeric, amount numeric)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
    select h.id, h.changed_at, h.changed_by, e.name, h.from_stage_id, f.name, f.name_en, h.to_stage_id, t.name,
           t.name_en, h.probability, h.amount
    from sales.opportunity_stage_history h
        join sales.opportunity_stages t on t.id = h.to_stage_id
        left join sales.opportunity_stages f on f.id = h.from_stage_id
        left join sales.employees e on e.id = h.changed_by
    where h.opportunity_id = p_id and private.require_employee() is not null
    order by h.id desc
$function$;
alter function api.opportunity_stage_history(p_id bigint) owner to salesdesk_api;
grant execute on function api.opportunity_stage_history(p_id bigint) to salesdesk_user;
