-- private.derive_deferred, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0047_import_bulk.sql

create table private.derive_deferred (
    xact xid8 not null,
    constraint derive_deferred_pkey PRIMARY KEY (xact)
);
alter table private.derive_deferred owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.derive_deferred enable row level security;
alter table private.derive_deferred force row level security;
