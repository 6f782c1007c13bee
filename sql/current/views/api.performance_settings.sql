-- api.performance_settings, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

create view api.performance_settings as
 SELECT fiscal_year_start,
    updated_at,
    version
   FROM api.performance_settings_rows() performance_settings_rows(fiscal_year_start, updated_at, version);
alter view api.performance_settings owner to salesdesk_api;
grant select on table api.performance_settings to salesdesk_user;
