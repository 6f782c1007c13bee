-- private.receivable_owners, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0046_receivable_owners.sql

create table private.receivable_owners (
    owner_id bigint not null,
    contracts bigint not null,
    receivable numeric not null,
    planned_open numeric not null,
    constraint receivable_owners_pkey PRIMARY KEY (owner_id)
);
alter table private.receivable_owners owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX receivable_owners_open_idx ON private.receivable_owners USING btree (((- receivable)), owner_id) INCLUDE (contracts, planned_open) WHERE ((receivable <> (0)::numeric) OR (planned_open <> (0)::numeric));

alter table private.receivable_owners enable row level security;
alter table private.receivable_owners force row level security;
