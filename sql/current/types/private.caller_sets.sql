-- private.caller_sets, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0009_list_speed.sql

create type private.caller_sets as (
    sees_all boolean,
    owners bigint[],
    pools bigint[],
    shared bigint[],
    shared_write bigint[],
    managed_owners bigint[],
    managed_pools bigint[]
);
alter type private.caller_sets owner to salesdesk_owner;
