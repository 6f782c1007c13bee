-- private.metric_monthly, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0035_attainment.sql

create table private.metric_monthly (
    metric text not null,
    month date not null,
    unit_id bigint not null,
    employee_id bigint not null,
    credited numeric default 0 not null,
    overlay_credit numeric default 0 not null,
    assisted numeric default 0 not null,
    records integer default 0 not null,
    constraint metric_monthly_pkey PRIMARY KEY (metric, unit_id, month, employee_id)
);
alter table private.metric_monthly owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX metric_monthly_month_idx ON private.metric_monthly USING btree (metric, month);

alter table private.metric_monthly enable row level security;
alter table private.metric_monthly force row level security;
