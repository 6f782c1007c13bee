-- private.metric_daily, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0035_attainment.sql

create table private.metric_daily (
    metric text not null,
    unit_id bigint not null,
    employee_id bigint not null,
    day date not null,
    credited numeric default 0 not null,
    overlay_credit numeric default 0 not null,
    assisted numeric default 0 not null,
    records integer default 0 not null,
    constraint metric_daily_pkey PRIMARY KEY (metric, unit_id, day, employee_id)
);
alter table private.metric_daily owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX metric_daily_day_idx ON private.metric_daily USING btree (metric, day);
CREATE INDEX metric_daily_employee_idx ON private.metric_daily USING btree (metric, employee_id, day);

alter table private.metric_daily enable row level security;
alter table private.metric_daily force row level security;
