-- api.opportunity_get, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION api.opportunity_get(p_id bigint)
 RETURNS TABLE(id bigint, title text, customer_id bigint, customer_name text, amount numeric, expected_close_date date, stage_id bigint, probability numeric, forecast_category text, source text, competitors text, next_step text, won_lost_reason text, notes text, owner_id bigint, owner_name text, closed_at timestamp with time zone, archived_at timestamp with time zone, has_lines boolean, version integer, created_at timestamp with time zone, created_by_name text, updated_at timestamp with time zone, updated_by_name text, can_edit boolean, can_manage boolean, access text)
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
    select o.id, o.title, o.customer_id, c.name, o.amount, o.expected_close_date, o.stage_id, o.probability,
           o.forecast_category, o.source, o.competitors, o.next_step, o.won_lost_reason, o.notes,
           o.owner_id, e.name, o.closed_at, o.archived_at,
           exists (select 1 from sales.opportunity_lines l where l.opportunity_id = o.id),
           o.version, o.created_at, cb.name, o.updated_at, ub.name, r.can_edit, r.can_manage,
           case when o.owner_id = private.current_employee_id() then 'owner'
                when private.sees_all() or o.owner_id = any (private.visible_owner_ids()) then 'scope'
                when o.id = any (private.shared_record_ids('opportunity', true)) then 'write'
                else 'read' end
    from sales.opportunities o
        cross join lateral private.record_rights('opportunity', o.id) r
        left join sales.customers c on c.id = o.customer_id
        left join sales.employees e on e.id = o.owner_id
        left join sales.employees cb on cb.id = o.created_by
        left join sales.employees ub on ub.id = o.updated_by
    where o.id = p_id and private.require_employee() is not null
$function$;
alter function api.opportunity_get(p_id bigint) owner to salesdesk_api;
grant execute on function api.opportunity_get(p_id bigint) to salesdesk_user;
