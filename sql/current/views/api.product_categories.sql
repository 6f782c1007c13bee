-- api.product_categories, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

create view api.product_categories as
 SELECT id,
    code,
    name,
    parent_id,
    active,
    version
   FROM api.product_category_rows() product_category_rows(id, code, name, parent_id, active, version);
alter view api.product_categories owner to salesdesk_api;
grant select on table api.product_categories to salesdesk_user;
