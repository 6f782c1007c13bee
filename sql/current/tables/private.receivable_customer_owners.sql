-- private.receivable_customer_owners, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0057_receivables_by_customer_kept.sql

create table private.receivable_customer_owners (
    customer_id bigint not null,
    owner_id bigint not null,
    rows bigint not null,
    contracts bigint not null,
    receivable numeric not null,
    planned_open numeric not null,
    alone boolean default false not null,
    constraint receivable_customer_owners_pkey PRIMARY KEY (customer_id, owner_id)
);
alter table private.receivable_customer_owners owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX receivable_customer_owners_alone_idx ON private.receivable_customer_owners USING btree (owner_id, ((- receivable)), customer_id) INCLUDE (receivable, contracts, planned_open) WHERE alone;
CREATE INDEX receivable_customer_owners_order_idx ON private.receivable_customer_owners USING btree (((- receivable)), customer_id) INCLUDE (owner_id, receivable, contracts, planned_open) WHERE alone;
CREATE INDEX receivable_customer_owners_shared_idx ON private.receivable_customer_owners USING btree (owner_id, customer_id) WHERE (NOT alone);

alter table private.receivable_customer_owners enable row level security;
alter table private.receivable_customer_owners force row level security;
