-- private.list_filter, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

create type private.list_filter as (
    kind text,
    table_name regclass,
    conds text,
    me bigint,
    sees_all boolean,
    owners bigint[],
    pools bigint[],
    shared bigint[],
    grams text[],
    pattern text,
    units bigint[],
    narrow boolean
);
alter type private.list_filter owner to salesdesk_owner;
