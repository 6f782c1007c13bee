-- private.receivable_tree_days, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0062_receivables_tree.sql

create table private.receivable_tree_days (
    unit_id bigint not null,
    due_on date not null,
    instalments bigint not null,
    unpaid numeric not null,
    constraint receivable_tree_days_pkey PRIMARY KEY (unit_id, due_on) INCLUDE (unpaid)
);
alter table private.receivable_tree_days owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.receivable_tree_days enable row level security;
alter table private.receivable_tree_days force row level security;
