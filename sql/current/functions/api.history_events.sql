-- api.history_events, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0024_pipeline_fixes.sql

CREATE OR REPLACE FUNCTION api.history_events(p_entry_ids bigint[])
 RETURNS TABLE(id bigint, event text, lead_id bigint, lead_name text, customer_id bigint, customer_name text, opportunity_id bigint, opportunity_title text)
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
        select h.id, h.event, (h.refs ->> 'lead')::bigint, l.company_name,
               (h.refs ->> 'customer')::bigint, c.name, (h.refs ->> 'opportunity')::bigint, o.title
        from sales.ownership_history h
            left join sales.leads l on l.id = (h.refs ->> 'lead')::bigint
            left join sales.customers c on c.id = (h.refs ->> 'customer')::bigint
            left join sales.opportunities o on o.id = (h.refs ->> 'opportunity')::bigint
        where h.id = any (p_entry_ids[1:500]) and h.event is not null;
end
$function$;
alter function api.history_events(p_entry_ids bigint[]) owner to salesdesk_api;
grant execute on function api.history_events(p_entry_ids bigint[]) to salesdesk_user;
