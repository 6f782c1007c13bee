-- sales.product_categories, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0016_permissions_products.sql

create table sales.product_categories (
    id bigint generated always as identity not null,
    code text not null,
    name text not null,
    parent_id bigint,
    active boolean default true not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint product_categories_pkey PRIMARY KEY (id),
    constraint product_categories_code_key UNIQUE (code),
    constraint product_categories_check CHECK (parent_id <> id),
    constraint product_categories_code_check CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'::text),
    constraint product_categories_name_check CHECK (btrim(name) = name AND name <> ''::text AND length(name) <= 100),
    constraint product_categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES sales.product_categories(id)
);
alter table sales.product_categories owner to salesdesk_owner;
grant select on table sales.product_categories to salesdesk_api;
grant insert, update (code, name, parent_id, active) on table sales.product_categories to salesdesk_api;

CREATE INDEX product_categories_parent_idx ON sales.product_categories USING btree (parent_id);
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.product_categories FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.product_categories enable row level security;
alter table sales.product_categories force row level security;

-- Written in: 0016_permissions_products.sql
create policy "every employee reads the product categories" on sales.product_categories
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);

-- Written in: 0016_permissions_products.sql
create policy "maintain_products adds product categories" on sales.product_categories
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('maintain_products'::text) AS has_permission));

-- Written in: 0016_permissions_products.sql
create policy "maintain_products changes product categories" on sales.product_categories
    for update to salesdesk_api
    using (( SELECT private.has_permission('maintain_products'::text) AS has_permission))
    with check (( SELECT private.has_permission('maintain_products'::text) AS has_permission));
