-- sales.expense_categories, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0030_expenses.sql

create table sales.expense_categories (
    code text not null,
    name text not null,
    name_en text not null,
    sort_order integer default 0 not null,
    active boolean default true not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint expense_categories_pkey PRIMARY KEY (code),
    constraint expense_categories_name_key UNIQUE (name),
    constraint expense_categories_code_check CHECK (code ~ '^[a-z][a-z_]{1,30}$'::text),
    constraint expense_categories_name_check CHECK (btrim(name) <> ''::text AND length(name) <= 50),
    constraint expense_categories_name_en_check CHECK (btrim(name_en) <> ''::text AND length(name_en) <= 50)
);
alter table sales.expense_categories owner to salesdesk_owner;
grant select on table sales.expense_categories to salesdesk_api;
grant insert (code, name, name_en, sort_order, active) on table sales.expense_categories to salesdesk_api;
grant update (name, name_en, sort_order, active) on table sales.expense_categories to salesdesk_api;

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.expense_categories FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.expense_categories enable row level security;
alter table sales.expense_categories force row level security;

-- Written in: 0030_expenses.sql
create policy "every employee reads the expense categories" on sales.expense_categories
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);

-- Written in: 0030_expenses.sql
create policy "maintain_picklists adds expense categories" on sales.expense_categories
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission));

-- Written in: 0030_expenses.sql
create policy "maintain_picklists changes expense categories" on sales.expense_categories
    for update to salesdesk_api
    using (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission))
    with check (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission));
