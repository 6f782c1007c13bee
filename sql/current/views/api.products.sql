-- api.products, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

create view api.products as
 SELECT id,
    code,
    name,
    specification,
    unit,
    list_price,
    cost_price,
    margin,
    tax_rate,
    active,
    category_id,
    category_name,
    updated_at,
    version,
    can_edit
   FROM api.product_rows() product_rows(id, code, name, specification, unit, list_price, cost_price, margin, tax_rate, active, category_id, category_name, updated_at, version, can_edit);
alter view api.products owner to salesdesk_api;
grant select on table api.products to salesdesk_user;
