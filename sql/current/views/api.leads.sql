-- api.leads, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql

create view api.leads as
 SELECT id,
    company_name,
    contact_name,
    phone,
    mobile,
    email,
    source,
    notes,
    status,
    disqualify_reason,
    converted_customer_id,
    converted_customer_name,
    converted_contact_id,
    converted_opportunity_id,
    converted_at,
    converted_by_name,
    owner_id,
    owner_name,
    pool_id,
    pool_name,
    unit_id,
    unit_name,
    created_at,
    updated_at,
    archived_at,
    version
   FROM api.lead_rows() lead_rows(id, company_name, contact_name, phone, mobile, email, source, notes, status, disqualify_reason, converted_customer_id, converted_customer_name, converted_contact_id, converted_opportunity_id, converted_at, converted_by_name, owner_id, owner_name, pool_id, pool_name, unit_id, unit_name, created_at, updated_at, archived_at, version);
alter view api.leads owner to salesdesk_api;
grant select on table api.leads to salesdesk_user;
