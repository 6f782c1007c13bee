-- api.company_profile, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0025_company_profile.sql

create view api.company_profile as
 SELECT legal_name,
    short_name,
    address,
    phone,
    tax_number,
    bank_name,
    bank_account,
    website,
    updated_at,
    updated_by_name,
    version,
    can_edit
   FROM api.company_profile_rows() company_profile_rows(legal_name, short_name, address, phone, tax_number, bank_name, bank_account, website, updated_at, updated_by_name, version, can_edit);
alter view api.company_profile owner to salesdesk_api;
grant select on table api.company_profile to salesdesk_user;
