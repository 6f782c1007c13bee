-- private.receivable_customers, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0057_receivables_by_customer_kept.sql

create table private.receivable_customers (
    customer_id bigint not null,
    rows bigint not null,
    contracts bigint not null,
    receivable numeric not null,
    planned_open numeric not null,
    owners integer default 0 not null,
    constraint receivable_customers_pkey PRIMARY KEY (customer_id)
);
alter table private.receivable_customers owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX receivable_customers_order_idx ON private.receivable_customers USING btree (((- receivable)), customer_id) INCLUDE (receivable, contracts, planned_open);
CREATE INDEX receivable_customers_shared_idx ON private.receivable_customers USING btree (customer_id) WHERE (owners > 1);

alter table private.receivable_customers enable row level security;
alter table private.receivable_customers force row level security;
