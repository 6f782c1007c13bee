-- private.quote_numbers, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0032_quotes.sql

create table private.quote_numbers (
    year integer not null,
    last integer not null,
    constraint quote_numbers_pkey PRIMARY KEY (year),
    constraint quote_numbers_last_check CHECK (last >= 1)
);
alter table private.quote_numbers owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.quote_numbers enable row level security;
alter table private.quote_numbers force row level security;
