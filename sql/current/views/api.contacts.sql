-- api.contacts, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql

create view api.contacts as
 SELECT id,
    customer_id,
    name,
    title,
    mobile,
    phone,
    email,
    is_primary,
    notes,
    version,
    updated_at,
    updated_by_name
   FROM api.contact_rows() contact_rows(id, customer_id, name, title, mobile, phone, email, is_primary, notes, version, updated_at, updated_by_name);
alter view api.contacts owner to salesdesk_api;
grant select on table api.contacts to salesdesk_user;
