-- private.receivable_owner_customers, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0057_receivables_by_customer_kept.sql

create table private.receivable_owner_customers (
    owner_id bigint not null,
    customers bigint not null,
    constraint receivable_owner_customers_pkey PRIMARY KEY (owner_id)
);
alter table private.receivable_owner_customers owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.receivable_owner_customers enable row level security;
alter table private.receivable_owner_customers force row level security;
