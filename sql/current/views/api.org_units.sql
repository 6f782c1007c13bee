-- api.org_units, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

create view api.org_units as
 SELECT id,
    parent_id,
    code,
    name,
    kind,
    pool_id,
    pool_name
   FROM api.org_unit_rows() org_unit_rows(id, parent_id, code, name, kind, pool_id, pool_name);
alter view api.org_units owner to salesdesk_api;
grant select on table api.org_units to salesdesk_user;
