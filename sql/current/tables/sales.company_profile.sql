-- sales.company_profile, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0025_company_profile.sql

create table sales.company_profile (
    id boolean default true not null,
    legal_name text not null,
    short_name text,
    address text,
    phone text,
    tax_number text,
    bank_name text,
    bank_account text,
    website text,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint company_profile_pkey PRIMARY KEY (id),
    constraint company_profile_address_check CHECK (address IS NULL OR length(address) <= 300),
    constraint company_profile_bank_account_check CHECK (bank_account IS NULL OR bank_account ~ '^[0-9][0-9 -]{3,38}[0-9]$'::text),
    constraint company_profile_bank_name_check CHECK (bank_name IS NULL OR length(bank_name) <= 200),
    constraint company_profile_id_check CHECK (id),
    constraint company_profile_legal_name_check CHECK (btrim(legal_name) = legal_name AND legal_name <> ''::text AND length(legal_name) <= 200),
    constraint company_profile_phone_check CHECK (private.valid_phone(phone)),
    constraint company_profile_short_name_check CHECK (short_name IS NULL OR length(short_name) <= 100),
    constraint company_profile_tax_number_check CHECK (private.valid_credit_code(tax_number)),
    constraint company_profile_website_check CHECK (website IS NULL OR length(website) <= 200)
);
alter table sales.company_profile owner to salesdesk_owner;
grant select on table sales.company_profile to salesdesk_api;
grant insert, update (legal_name, short_name, address, phone, tax_number, bank_name, bank_account, website) on table sales.company_profile to salesdesk_api;

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.company_profile FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.company_profile enable row level security;
alter table sales.company_profile force row level security;

-- Written in: 0025_company_profile.sql
create policy "every employee reads the company's details" on sales.company_profile
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);

-- Written in: 0025_company_profile.sql
create policy "maintain_company_profile changes the company's details" on sales.company_profile
    for update to salesdesk_api
    using (( SELECT private.has_permission('maintain_company_profile'::text) AS has_permission))
    with check (( SELECT private.has_permission('maintain_company_profile'::text) AS has_permission));

-- Written in: 0025_company_profile.sql
create policy "maintain_company_profile enters the company's details" on sales.company_profile
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('maintain_company_profile'::text) AS has_permission));
