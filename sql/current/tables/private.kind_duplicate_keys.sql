-- private.kind_duplicate_keys, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0047_import_bulk.sql

create table private.kind_duplicate_keys (
    kind text not null,
    name_key text not null,
    phone_keys text[] not null,
    constraint kind_duplicate_keys_pkey PRIMARY KEY (kind),
    constraint kind_duplicate_keys_kind_fkey FOREIGN KEY (kind) REFERENCES private.record_kinds(kind)
);
alter table private.kind_duplicate_keys owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.kind_duplicate_keys enable row level security;
alter table private.kind_duplicate_keys force row level security;
