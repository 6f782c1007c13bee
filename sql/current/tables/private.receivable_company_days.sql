-- private.receivable_company_days, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0060_receivables_company_days.sql

create table private.receivable_company_days (
    due_on date not null,
    instalments bigint not null,
    unpaid numeric not null,
    constraint receivable_company_days_pkey PRIMARY KEY (due_on) INCLUDE (unpaid)
);
alter table private.receivable_company_days owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.receivable_company_days enable row level security;
alter table private.receivable_company_days force row level security;
