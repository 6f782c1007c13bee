-- private.forecast_unit_totals, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0059_forecast_units.sql

create table private.forecast_unit_totals (
    unit_id bigint not null,
    month date not null,
    category text not null,
    stage_id bigint not null,
    deals bigint not null,
    amount numeric not null,
    weighted numeric not null,
    constraint forecast_unit_totals_pkey PRIMARY KEY (unit_id, month, category, stage_id)
);
alter table private.forecast_unit_totals owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX forecast_unit_totals_month_idx ON private.forecast_unit_totals USING btree (month);

alter table private.forecast_unit_totals enable row level security;
alter table private.forecast_unit_totals force row level security;
