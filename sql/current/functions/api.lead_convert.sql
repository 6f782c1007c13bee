-- api.lead_convert, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql, 0020_pipeline_links.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.lead_convert(p_lead_id bigint, p_version integer, p_customer jsonb DEFAULT '{}'::jsonb, p_contact jsonb DEFAULT '{}'::jsonb, p_customer_id bigint DEFAULT NULL::bigint, p_opportunity jsonb DEFAULT NULL::jsonb)
 RETURNS TABLE(customer_id bigint, contact_id bigint, opportunity_id bigint)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET lock_timeout TO '3s'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    me bigint := private.require_employee();
    l sales.leads;
    r record;
    link_seen boolean := true;
    link_writable boolean := true;
    cust jsonb;
    cont jsonb;
    new_customer bigint;
    new_contact bigint;
    new_deal bigint;
begin
    if jsonb_typeof(coalesce(p_customer, '{}')) <> 'object' or jsonb_typeof(coalesce(p_contact, '{}')) <> 'object'
       or jsonb_typeof(coalesce(p_opportunity, '{}')) <> 'object'
       or coalesce(p_customer, '{}') ?| array['owner_id', 'pool_id'] or coalesce(p_contact, '{}') ? 'customer_id'
       or coalesce(p_opportunity, '{}') ?| array['owner_id', 'customer_id'] then
        raise exception 'not a valid conversion' using errcode = 'SD005';
    end if;
    if p_customer_id is not null then  -- the customer to link
        select rr.visible, rr.can_edit into link_seen, link_writable
        from private.record_rights('customer', p_customer_id) rr;
    end if;
    r := private.record_rights('lead', p_lead_id);
    if not (r.visible and link_seen) then  -- one answer for a hidden or missing lead or customer
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    select * into l from sales.leads where id = p_lead_id;
    if l.status = 'converted' then
        raise exception 'the lead is already converted' using errcode = 'SD003';
    elsif l.owner_id is null then
        raise exception 'claim the lead before converting it' using errcode = '23514';
    end if;
    perform private.writable_checked('lead', p_lead_id, p_version);
    -- locked as read, or someone converted, moved or saved it meanwhile
    perform 1 from sales.leads t
    where t.id = p_lead_id and t.version = coalesce(p_version, l.version) and t.status <> 'converted'
          and t.owner_id is not null
    for no key update;
    if not found then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    if p_customer_id is null then
        cust := jsonb_strip_nulls(jsonb_build_object('name', l.company_name, 'phone', l.phone, 'source', l.source))
                || coalesce(p_customer, '{}');
        if exists (select 1 from api.customer_duplicates(cust ->> 'name', cust ->> 'phone') d where not d.archived) then
            raise exception 'a customer with this name or phone exists' using errcode = 'SD008';
        end if;
        new_customer := api.record_create('customer', cust || jsonb_build_object('owner_id', me));
    else
        new_customer := p_customer_id;
    end if;
    cont := jsonb_strip_nulls(jsonb_build_object('name', l.contact_name, 'mobile', l.mobile, 'phone', l.phone,
                                                 'email', l.email)) || coalesce(p_contact, '{}');
    if coalesce(btrim(cont ->> 'name'), '') <> '' then
        if not link_writable then
            raise exception 'read only' using errcode = 'SD003';
        end if;
        new_contact := api.record_create('contact', cont || jsonb_build_object('customer_id', new_customer));
    end if;
    if p_opportunity is not null then  -- the deal's reference check: the caller sees the customer
        new_deal := api.record_create('opportunity', jsonb_build_object('title', btrim(l.company_name), 'source', l.source)
                                                     || p_opportunity
                                                     || jsonb_build_object('customer_id', new_customer, 'owner_id', me));
    end if;
    perform private.lead_mark_converted(p_lead_id, new_customer, new_contact, p_customer_id is null, new_deal);
    customer_id := new_customer;
    contact_id := new_contact;
    opportunity_id := new_deal;
    return next;
end
$function$;
alter function api.lead_convert(p_lead_id bigint, p_version integer, p_customer jsonb, p_contact jsonb, p_customer_id bigint, p_opportunity jsonb) owner to salesdesk_api;
grant execute on function api.lead_convert(p_lead_id bigint, p_version integer, p_customer jsonb, p_contact jsonb, p_customer_id bigint, p_opportunity jsonb) to salesdesk_user;
