-- private.stage_close_locks, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0055_win_rates_kept.sql

create table private.stage_close_locks (
    month date not null,
    constraint stage_close_locks_pkey PRIMARY KEY (month)
);
alter table private.stage_close_locks owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.stage_close_locks enable row level security;
alter table private.stage_close_locks force row level security;
