-- api.employees, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

create view api.employees as
 SELECT id,
    login,
    name,
    unit_id,
    unit_name,
    position_name,
    position_name_en,
    level,
    manager_id,
    email,
    phone,
    active,
    in_scope,
    name_sort
   FROM api.employee_rows() employee_rows(id, login, name, unit_id, unit_name, position_name, position_name_en, level, manager_id, email, phone, active, in_scope, name_sort);
alter view api.employees owner to salesdesk_api;
grant select on table api.employees to salesdesk_user;
