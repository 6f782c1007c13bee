-- sales.products, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0016_permissions_products.sql

create table sales.products (
    id bigint generated always as identity not null,
    code text not null,
    name text not null,
    specification text,
    unit text,
    list_price numeric(14,2) default 0 not null,
    tax_rate numeric(5,4) default 0.1300 not null,
    active boolean default true not null,
    category_id bigint,
    name_sort text collate "C",
    search_text text,
    search_grams text[],
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint products_pkey PRIMARY KEY (id),
    constraint products_code_key UNIQUE (code),
    constraint products_code_check CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_./-]{0,39}$'::text),
    constraint products_list_price_check CHECK (list_price >= 0::numeric),
    constraint products_name_check CHECK (btrim(name) = name AND name <> ''::text AND length(name) <= 200),
    constraint products_specification_check CHECK (specification IS NULL OR length(specification) <= 500),
    constraint products_tax_rate_check CHECK (tax_rate >= 0::numeric AND tax_rate <= 1::numeric),
    constraint products_unit_check CHECK (unit IS NULL OR btrim(unit) = unit AND unit <> ''::text AND length(unit) <= 20),
    constraint products_category_id_fkey FOREIGN KEY (category_id) REFERENCES sales.product_categories(id)
);
alter table sales.products owner to salesdesk_owner;
grant select on table sales.products to salesdesk_api;
grant insert (code, name, specification, unit, list_price, tax_rate, active, category_id) on table sales.products to salesdesk_api;
grant update (code, name, specification, unit, list_price, tax_rate, active, category_id, version) on table sales.products to salesdesk_api;

CREATE INDEX products_category_idx ON sales.products USING btree (category_id);
CREATE INDEX products_code_idx ON sales.products USING btree (code, id);
CREATE INDEX products_list_price_idx ON sales.products USING btree (list_price, id);
CREATE INDEX products_name_idx ON sales.products USING btree (name_sort, id);
CREATE INDEX products_search_idx ON sales.products USING gin (search_grams);
CREATE TRIGGER derive BEFORE INSERT OR UPDATE OF code, name, specification ON sales.products FOR EACH ROW EXECUTE FUNCTION private.product_derive();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.products FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.products enable row level security;
alter table sales.products force row level security;

-- Written in: 0016_permissions_products.sql
create policy "every employee reads the products" on sales.products
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);

-- Written in: 0016_permissions_products.sql
create policy "maintain_products adds products" on sales.products
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('maintain_products'::text) AS has_permission));

-- Written in: 0016_permissions_products.sql
create policy "maintain_products changes products" on sales.products
    for update to salesdesk_api
    using (( SELECT private.has_permission('maintain_products'::text) AS has_permission))
    with check (( SELECT private.has_permission('maintain_products'::text) AS has_permission));
