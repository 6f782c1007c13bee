-- api.customer_timeline, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql, 0020_pipeline_links.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.customer_timeline(p_customer_id bigint, p_limit integer DEFAULT 50)
 RETURNS TABLE(at timestamp with time zone, entry text, record_id bigint, kind text, summary text, outcome text, actor_name text, contact_name text, from_owner_name text, to_owner_name text, to_pool_unit_name text, opportunity_id bigint, opportunity_title text, from_stage_name text, from_stage_name_en text, to_stage_name text, to_stage_name_en text)
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
    lim integer := greatest(1, least(coalesce(p_limit, 50), 500));
begin
    perform private.require_employee();
    if not exists (select 1 from sales.customers c where c.id = p_customer_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query
        select * from (
            (select f.happened_at, 'followup'::text, f.id, f.kind, f.summary, f.outcome, o.name, k.name,
                    null::text, null::text, null::text, d.id, d.title, null::text, null::text, null::text, null::text
             from sales.followups f
                 left join sales.employees o on o.id = f.owner_id
                 left join sales.contacts k on k.id = f.contact_id
                 left join sales.opportunities d on d.id = f.opportunity_id
             where f.customer_id = p_customer_id and f.archived_at is null
             order by f.happened_at desc, f.id desc limit lim)
            union all
            (select h.changed_at, 'stage'::text, h.id, null::text, null::text, null::text, b.name, null::text,
                    null::text, null::text, null::text, d.id, d.title, fs.name, fs.name_en, ts.name, ts.name_en
             from sales.opportunities d
                 join sales.opportunity_stage_history h on h.opportunity_id = d.id
                 join sales.opportunity_stages ts on ts.id = h.to_stage_id
                 left join sales.opportunity_stages fs on fs.id = h.from_stage_id
                 left join sales.employees b on b.id = h.changed_by
             where d.customer_id = p_customer_id
             order by h.changed_at desc, h.id desc limit lim)
            union all
            (select h.changed_at, 'ownership'::text, h.id, null::text, h.reason, null::text,
                    coalesce(b.name, h.changed_by_login), null::text, fo.name, tw.name, tu.name,
                    null::bigint, null::text, null::text, null::text, null::text, null::text
             from sales.ownership_history h
                 left join sales.employees b on b.id = h.changed_by
                 left join sales.employees fo on fo.id = h.from_owner_id
                 left join sales.employees tw on tw.id = h.to_owner_id
                 left join sales.org_units tu on tu.id = h.to_pool_unit_id
             where h.kind = 'customer' and h.record_id = p_customer_id
             order by h.changed_at desc, h.id desc limit lim)
        ) t (at, entry, record_id, kind, summary, outcome, actor_name, contact_name, from_owner_name,
             to_owner_name, to_pool_unit_name, opportunity_id, opportunity_title, from_stage_name,
             from_stage_name_en, to_stage_name, to_stage_name_en)
        order by t.at desc, t.entry, t.record_id desc
        limit lim;
end
$function$;
alter function api.customer_timeline(p_customer_id bigint, p_limit integer) owner to salesdesk_api;
grant execute on function api.customer_timeline(p_customer_id bigint, p_limit integer) to salesdesk_user;
