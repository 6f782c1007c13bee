-- api.positions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

create view api.positions as
 SELECT id,
    code,
    name,
    name_en,
    level,
    data_scope
   FROM api.position_rows() position_rows(id, code, name, name_en, level, data_scope);
alter view api.positions owner to salesdesk_api;
grant select on table api.positions to salesdesk_user;
