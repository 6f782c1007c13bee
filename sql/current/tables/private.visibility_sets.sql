-- private.visibility_sets, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0001_core.sql, 0004_hard_shell.sql

create table private.visibility_sets (
    viewer_id bigint not null,
    owner_ids bigint[] not null,
    owner_ranges int8multirange default '{}'::int8multirange not null,
    managed_ids bigint[] default '{}'::bigint[] not null,
    constraint visibility_sets_pkey PRIMARY KEY (viewer_id)
);
alter table private.visibility_sets owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.visibility_sets enable row level security;
alter table private.visibility_sets force row level security;
