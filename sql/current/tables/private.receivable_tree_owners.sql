-- private.receivable_tree_owners, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0062_receivables_tree.sql

create table private.receivable_tree_owners (
    unit_id bigint not null,
    contracts bigint not null,
    receivable numeric not null,
    planned_open numeric not null,
    constraint receivable_tree_owners_pkey PRIMARY KEY (unit_id)
);
alter table private.receivable_tree_owners owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.receivable_tree_owners enable row level security;
alter table private.receivable_tree_owners force row level security;
