-- private.contract_number_counters, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0028_quotes_contracts.sql

create table private.contract_number_counters (
    year integer not null,
    last integer not null,
    constraint contract_number_counters_pkey PRIMARY KEY (year),
    constraint contract_number_counters_last_check CHECK (last >= 1 AND last <= 999999),
    constraint contract_number_counters_year_check CHECK (year >= 2000 AND year <= 2999)
);
alter table private.contract_number_counters owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.contract_number_counters enable row level security;
alter table private.contract_number_counters force row level security;
