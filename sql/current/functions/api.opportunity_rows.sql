-- api.opportunity_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION api.opportunity_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, title text, customer_id bigint, customer_name text, amount numeric, expected_close_date date, stage_id bigint, stage_name text, stage_name_en text, stage_position integer, probability numeric, forecast_category text, outcome text, source text, owner_id bigint, owner_name text, unit_id bigint, unit_name text, closed_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer)
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
    select o.id, o.title, o.customer_id, c.name, o.amount, o.expected_close_date, o.stage_id, s.name, s.name_en,
           s.position, o.probability, o.forecast_category, s.outcome, o.source, o.owner_id, e.name, u.id, u.name,
           o.closed_at, o.updated_at, o.archived_at, o.version
    from (select x.id, x.n from unnest(p_ids) with ordinality x (id, n) where p_ids is not null
          union all
          select o2.id, null from sales.opportunities o2 where p_ids is null) x
        join sales.opportunities o on o.id = x.id
        join sales.opportunity_stages s on s.id = o.stage_id
        left join sales.customers c on c.id = o.customer_id
        left join sales.employees e on e.id = o.owner_id
        left join sales.org_units u on u.id = e.unit_id
    where private.require_employee() is not null
    order by x.n, o.name_sort, o.id
$function$;
alter function api.opportunity_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.opportunity_rows(p_ids bigint[]) to salesdesk_user;
