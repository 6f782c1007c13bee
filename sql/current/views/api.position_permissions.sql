-- api.position_permissions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

create view api.position_permissions as
 SELECT position_id,
    position_code,
    permission
   FROM api.position_permission_rows() position_permission_rows(position_id, position_code, permission);
alter view api.position_permissions owner to salesdesk_api;
grant select on table api.position_permissions to salesdesk_user;
