-- private.lead_mark_converted, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql

CREATE OR REPLACE FUNCTION private.lead_mark_converted(p_lead_id bigint, p_customer_id bigint, p_contact_id bigint, p_new_customer boolean)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.require_employee();
    l sales.leads;
    customer_name text;
begin
    select * into l from sales.leads where id = p_lead_id;
    select c.name into customer_name from sales.customers c where c.id = p_customer_id;
    update sales.leads
    set status = 'converted', converted_customer_id = p_customer_id, converted_contact_id = p_contact_id,
        converted_at = now(), converted_by = me
    where id = p_lead_id;
    insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id, reason, changed_by)
    values ('lead', p_lead_id, l.owner_id, l.owner_id, 'converted to customer ' || customer_name, me);
    if p_new_customer then
        insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id, reason, changed_by)
        values ('customer', p_customer_id, null, me, 'converted from lead ' || l.company_name, me);
    end if;
end
$function$;
alter function private.lead_mark_converted(p_lead_id bigint, p_customer_id bigint, p_contact_id bigint, p_new_customer boolean) owner to salesdesk_owner;
grant execute on function private.lead_mark_converted(p_lead_id bigint, p_customer_id bigint, p_contact_id bigint, p_new_customer boolean) to salesdesk_api;
