-- sales.permissions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0016_permissions_products.sql

create table sales.permissions (
    code text not null,
    name text not null,
    name_en text not null,
    description text not null,
    description_en text not null,
    sort_order integer default 0 not null,
    constraint permissions_pkey PRIMARY KEY (code),
    constraint permissions_code_check CHECK (code ~ '^[a-z][a-z_]{1,40}$'::text),
    constraint permissions_name_check CHECK (btrim(name) <> ''::text),
    constraint permissions_name_en_check CHECK (btrim(name_en) <> ''::text)
);
alter table sales.permissions owner to salesdesk_owner;
grant select on table sales.permissions to salesdesk_api;

alter table sales.permissions enable row level security;
alter table sales.permissions force row level security;

-- Written in: 0016_permissions_products.sql
create policy "every employee reads the permissions" on sales.permissions
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);
