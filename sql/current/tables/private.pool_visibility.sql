-- private.pool_visibility, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0001_core.sql, 0004_hard_shell.sql

create table private.pool_visibility (
    viewer_id bigint not null,
    unit_id bigint not null,
    manages boolean default false not null,
    constraint pool_visibility_pkey PRIMARY KEY (viewer_id, unit_id)
);
alter table private.pool_visibility owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.pool_visibility enable row level security;
alter table private.pool_visibility force row level security;
