-- private.approval_types, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0023_approvals.sql

create table private.approval_types (
    type text not null,
    kind text,
    on_decided regprocedure,
    sort_order integer default 0 not null,
    constraint approval_types_pkey PRIMARY KEY (type),
    constraint approval_types_check CHECK ((kind IS NULL) = (on_decided IS NULL)),
    constraint approval_types_type_check CHECK (type ~ '^[a-z][a-z_]{1,40}$'::text),
    constraint approval_types_kind_fkey FOREIGN KEY (kind) REFERENCES private.record_kinds(kind)
);
alter table private.approval_types owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.approval_types enable row level security;
alter table private.approval_types force row level security;
