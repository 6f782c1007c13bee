-- private.receivable_months, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0056_receivable_days.sql

create table private.receivable_months (
    owner_id bigint not null,
    due_month date not null,
    instalments bigint not null,
    unpaid numeric not null,
    constraint receivable_months_pkey PRIMARY KEY (owner_id, due_month) INCLUDE (unpaid)
);
alter table private.receivable_months owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.receivable_months enable row level security;
alter table private.receivable_months force row level security;
