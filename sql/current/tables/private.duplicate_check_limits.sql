-- private.duplicate_check_limits, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0011_duplicate_check.sql

create table private.duplicate_check_limits (
    one boolean default true not null,
    burst integer default 30 not null,
    burst_seconds integer default 600 not null,
    daily integer default 200 not null,
    daily_seconds integer default 86400 not null,
    constraint duplicate_check_limits_pkey PRIMARY KEY (one),
    constraint duplicate_check_limits_burst_check CHECK (burst > 0),
    constraint duplicate_check_limits_burst_seconds_check CHECK (burst_seconds > 0),
    constraint duplicate_check_limits_daily_check CHECK (daily > 0),
    constraint duplicate_check_limits_daily_seconds_check CHECK (daily_seconds > 0),
    constraint duplicate_check_limits_one_check CHECK (one)
);
alter table private.duplicate_check_limits owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.duplicate_check_limits enable row level security;
alter table private.duplicate_check_limits force row level security;
