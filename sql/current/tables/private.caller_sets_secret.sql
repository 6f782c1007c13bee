-- private.caller_sets_secret, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0026_api_overhead.sql

create table private.caller_sets_secret (
    secret bytea not null
);
alter table private.caller_sets_secret owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.caller_sets_secret enable row level security;
alter table private.caller_sets_secret force row level security;
