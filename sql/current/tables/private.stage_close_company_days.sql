-- private.stage_close_company_days, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0064_win_rates_by_team.sql

create table private.stage_close_company_days (
    day date not null,
    stage_id bigint not null,
    closed bigint not null,
    won bigint not null,
    constraint stage_close_company_days_pkey PRIMARY KEY (day, stage_id)
);
alter table private.stage_close_company_days owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.stage_close_company_days enable row level security;
alter table private.stage_close_company_days force row level security;
