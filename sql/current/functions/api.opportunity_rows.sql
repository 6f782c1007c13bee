-- api.opportunity_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION api.opportunity_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, title text, customer_id bigint, customer_name text, amount numeric, expected_close_date date, stage_id bigint, stage_name text, stage_name_en text, stage_position integer, probability numeric, forecast_category text, outcome text, source text, owner_id bigint, owner_name text, unit_id bigint, unit_name text, closed_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer)
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
            -- two statements, not `p_ids is null or id = any (p_ids)`: that OR would scan every row
            if p_ids is null then
                return query select o.id, o.title, o.customer_id, c.name as customer_name, o.amount, o.expected_close_date, o.stage_id,
     s.name as stage_name, s.name_en as stage_name_en, s.position as stage_position, o.probability,
     o.forecast_category, s.outcome, o.source, o.owner_id, e.name as owner_name, u.id as unit_id,
     u.name as unit_name, o.closed_at, o.updated_at, o.archived_at, o.version from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id
     left join sales.customers c on c.id = o.customer_id
     left join sales.employees e on e.id = o.owner_id
     left join sales.org_units u on u.id = e.unit_id order by o.name_sort, o.id;
            else
                return query select o.id, o.title, o.customer_id, c.name as customer_name, o.amount, o.expected_close_date, o.stage_id,
     s.name as stage_name, s.name_en as stage_name_en, s.position as stage_position, o.probability,
     o.forecast_category, s.outcome, o.source, o.owner_id, e.name as owner_name, u.id as unit_id,
     u.name as unit_name, o.closed_at, o.updated_at, o.archived_at, o.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.opportunities o on o.id = x.id join sales.opportunity_stages s on s.id = o.stage_id
     left join sales.customers c on c.id = o.customer_id
     left join sales.employees e on e.id = o.owner_id
     left join sales.org_units u on u.id = e.unit_id
                             order by x.n;
            end if;
        end
        $function$;
alter function api.opportunity_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.opportunity_rows(p_ids bigint[]) to salesdesk_user;
