-- api.customers, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql

create view api.customers as
 SELECT id,
    name,
    short_name,
    level,
    phone,
    region,
    industry,
    credit_limit,
    owner_id,
    owner_name,
    pool_id,
    pool_name,
    unit_id,
    unit_name,
    primary_contact_name,
    primary_contact_mobile,
    last_contact_at,
    updated_at,
    archived_at,
    version
   FROM api.customer_rows() customer_rows(id, name, short_name, level, phone, region, industry, credit_limit, owner_id, owner_name, pool_id, pool_name, unit_id, unit_name, primary_contact_name, primary_contact_mobile, last_contact_at, updated_at, archived_at, version);
alter view api.customers owner to salesdesk_api;
grant select on table api.customers to salesdesk_user;
