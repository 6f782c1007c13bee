-- The schemas and who may use them, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: database.sql, 0001_core.sql and 0006_api.sql

create schema api;
alter schema api owner to salesdesk_api;
grant usage on schema api to salesdesk_user;

create schema private;
alter schema private owner to salesdesk_owner;
grant usage on schema private to salesdesk_api;

create schema sales;
alter schema sales owner to salesdesk_owner;
grant usage on schema sales to salesdesk_api;

create schema salesdesk_auth;
-- owner: the superuser that ran init
grant usage on schema salesdesk_auth to salesdesk_api;
