-- api.opportunity_team, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION api.opportunity_team(p_id bigint)
 RETURNS TABLE(id bigint, employee_id bigint, employee_name text, active boolean, role text, access text, credit_share numeric, overlay_credit numeric, version integer)
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
    select m.id, m.employee_id, e.name, e.active, m.role, m.access, m.credit_share, m.overlay_credit, m.version
    from sales.opportunity_members m join sales.employees e on e.id = m.employee_id
    where m.opportunity_id = p_id and private.require_employee() is not null
    order by m.credit_share desc, e.name, m.id
$function$;
alter function api.opportunity_team(p_id bigint) owner to salesdesk_api;
grant execute on function api.opportunity_team(p_id bigint) to salesdesk_user;
