-- private.record_kinds, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0001_core.sql, 0004_hard_shell.sql, 0015_kind_references.sql, 0017_list_machinery.sql, 0042_money_lists.sql, 0066_child_parent_owner.sql

create table private.record_kinds (
    kind text not null,
    table_name regclass not null,
    parent_kind text,
    parent_column text,
    owner_column text,
    pool_column text,
    shares boolean default false not null,
    archivable boolean default false not null,
    deletable boolean default false not null,
    insertable text[] default '{}'::text[] not null,
    writable text[] default '{}'::text[] not null,
    derived text[] default '{}'::text[] not null,
    sorts jsonb default '{}'::jsonb not null,
    filters text[] default '{}'::text[] not null,
    search boolean default false not null,
    view_name text,
    read_check text,
    write_check text,
    hand_on_check text,
    handover text,
    search_spec jsonb,
    across_parents boolean default false not null,
    parent_owner text,
    constraint record_kinds_pkey PRIMARY KEY (kind),
    constraint record_kinds_table_name_key UNIQUE (table_name),
    constraint record_kinds_check CHECK ((parent_kind IS NULL) = (parent_column IS NULL)),
    constraint record_kinds_handover_check CHECK (handover = ANY (ARRAY['successor'::text, 'manager'::text, 'pool'::text])),
    constraint record_kinds_parent_kind_fkey FOREIGN KEY (parent_kind) REFERENCES private.record_kinds(kind)
);
alter table private.record_kinds owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.record_kinds enable row level security;
alter table private.record_kinds force row level security;
