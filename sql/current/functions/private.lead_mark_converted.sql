-- private.lead_mark_converted, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql, 0020_pipeline_links.sql, 0024_pipeline_fixes.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.lead_mark_converted(p_lead_id bigint, p_customer_id bigint, p_contact_id bigint, p_new_customer boolean, p_opportunity_id bigint)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.require_employee();
    l sales.leads;
    customer_name text := (select c.name from sales.customers c where c.id = p_customer_id);
    deal_title text := (select o.title from sales.opportunities o where o.id = p_opportunity_id);
begin
    select * into l from sales.leads where id = p_lead_id;
    update sales.leads
    set status = 'converted', converted_customer_id = p_customer_id, converted_contact_id = p_contact_id,
        converted_opportunity_id = p_opportunity_id, converted_at = now(), converted_by = me
    where id = p_lead_id;
    insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id, reason, changed_by,
                                         event, refs)
    values ('lead', p_lead_id, l.owner_id, l.owner_id,
            'converted to customer ' || customer_name || coalesce(' and deal ' || deal_title, ''), me,
            'converted_to', jsonb_strip_nulls(jsonb_build_object('customer', p_customer_id,
                                                                 'opportunity', p_opportunity_id)));
    if p_new_customer then
        insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id, reason, changed_by,
                                             event, refs)
        values ('customer', p_customer_id, null, me, 'converted from lead ' || l.company_name, me,
                'converted_from', jsonb_build_object('lead', p_lead_id));
    end if;
    if p_opportunity_id is not null then
        insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id, reason, changed_by,
                                             event, refs)
        values ('opportunity', p_opportunity_id, null, me, 'converted from lead ' || l.company_name, me,
                'converted_from', jsonb_build_object('lead', p_lead_id));
    end if;
end
$function$;
alter function private.lead_mark_converted(p_lead_id bigint, p_customer_id bigint, p_contact_id bigint, p_new_customer boolean, p_opportunity_id bigint) owner to salesdesk_owner;
grant execute on function private.lead_mark_converted(p_lead_id bigint, p_customer_id bigint, p_contact_id bigint, p_new_customer boolean, p_opportunity_id bigint) to salesdesk_api;
