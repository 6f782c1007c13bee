-- private.stage_close_months, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0055_win_rates_kept.sql

create table private.stage_close_months (
    month date not null,
    unit_id bigint not null,
    stage_id bigint not null,
    closed bigint not null,
    won bigint not null,
    constraint stage_close_months_pkey PRIMARY KEY (month, unit_id, stage_id)
);
alter table private.stage_close_months owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX stage_close_months_unit_idx ON private.stage_close_months USING btree (unit_id, month) INCLUDE (stage_id, closed, won);

alter table private.stage_close_months enable row level security;
alter table private.stage_close_months force row level security;
