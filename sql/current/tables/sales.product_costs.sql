-- sales.product_costs, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0016_permissions_products.sql

create table sales.product_costs (
    product_id bigint not null,
    cost_price numeric(14,2),
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint product_costs_pkey PRIMARY KEY (product_id),
    constraint product_costs_cost_price_check CHECK (cost_price >= 0::numeric),
    constraint product_costs_product_id_fkey FOREIGN KEY (product_id) REFERENCES sales.products(id)
);
alter table sales.product_costs owner to salesdesk_owner;
grant select on table sales.product_costs to salesdesk_api;
grant update (cost_price) on table sales.product_costs to salesdesk_api;
grant insert (product_id, cost_price) on table sales.product_costs to salesdesk_api;

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.product_costs FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.product_costs enable row level security;
alter table sales.product_costs force row level security;

-- Written in: 0016_permissions_products.sql
create policy "maintain_products with see_cost changes cost prices" on sales.product_costs
    for update to salesdesk_api
    using (( SELECT private.has_permission('maintain_products'::text) AS has_permission) AND ( SELECT private.has_permission('see_cost'::text) AS has_permission))
    with check (( SELECT private.has_permission('maintain_products'::text) AS has_permission) AND ( SELECT private.has_permission('see_cost'::text) AS has_permission));

-- Written in: 0016_permissions_products.sql
create policy "maintain_products with see_cost sets cost prices" on sales.product_costs
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('maintain_products'::text) AS has_permission) AND ( SELECT private.has_permission('see_cost'::text) AS has_permission));

-- Written in: 0016_permissions_products.sql
create policy "only see_cost reads cost prices" on sales.product_costs
    for select to salesdesk_api
    using (( SELECT private.has_permission('see_cost'::text) AS has_permission));
