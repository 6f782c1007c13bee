-- api.permissions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

create view api.permissions as
 SELECT code,
    name,
    name_en,
    description,
    description_en
   FROM api.permission_rows() permission_rows(code, name, name_en, description, description_en);
alter view api.permissions owner to salesdesk_api;
grant select on table api.permissions to salesdesk_user;
