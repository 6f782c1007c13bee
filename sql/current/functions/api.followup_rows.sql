-- api.followup_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql

CREATE OR REPLACE FUNCTION api.followup_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, owner_id bigint, owner_name text, customer_id bigint, customer_name text, contact_id bigint, contact_name text, opportunity_id bigint, kind text, happened_at timestamp with time zone, summary text, outcome text, next_followup_on date, satisfaction smallint, created_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer)
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
                return query select f.id, f.owner_id, o.name as owner_name, f.customer_id, c.name as customer_name, f.contact_id,
     k.name as contact_name, f.opportunity_id, f.kind, f.happened_at, f.summary, f.outcome,
     f.next_followup_on, f.satisfaction, f.created_at, f.updated_at, f.archived_at, f.version from sales.followups f left join sales.employees o on o.id = f.owner_id
     left join sales.customers c on c.id = f.customer_id
     left join sales.contacts k on k.id = f.contact_id order by f.happened_at desc, f.id desc;
            else
                return query select f.id, f.owner_id, o.name as owner_name, f.customer_id, c.name as customer_name, f.contact_id,
     k.name as contact_name, f.opportunity_id, f.kind, f.happened_at, f.summary, f.outcome,
     f.next_followup_on, f.satisfaction, f.created_at, f.updated_at, f.archived_at, f.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.followups f on f.id = x.id left join sales.employees o on o.id = f.owner_id
     left join sales.customers c on c.id = f.customer_id
     left join sales.contacts k on k.id = f.contact_id
                             order by x.n;
            end if;
        end
        $function$;
alter function api.followup_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.followup_rows(p_ids bigint[]) to salesdesk_user;
