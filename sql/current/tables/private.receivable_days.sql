-- private.receivable_days, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0056_receivable_days.sql

create table private.receivable_days (
    owner_id bigint not null,
    due_on date not null,
    instalments bigint not null,
    unpaid numeric not null,
    constraint receivable_days_pkey PRIMARY KEY (owner_id, due_on) INCLUDE (unpaid)
);
alter table private.receivable_days owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX receivable_days_due_idx ON private.receivable_days USING btree (due_on) INCLUDE (unpaid);

alter table private.receivable_days enable row level security;
alter table private.receivable_days force row level security;
