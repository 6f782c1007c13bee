-- private.forecast_totals, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0052_forecast_kept.sql

create table private.forecast_totals (
    owner_id bigint not null,
    month date not null,
    category text not null,
    stage_id bigint not null,
    deals bigint not null,
    amount numeric not null,
    weighted numeric not null,
    constraint forecast_totals_pkey PRIMARY KEY (owner_id, month, category, stage_id)
);
alter table private.forecast_totals owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX forecast_totals_month_idx ON private.forecast_totals USING btree (month);
CREATE TRIGGER unit_totals_deleted AFTER DELETE ON private.forecast_totals REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.forecast_unit_totals_changed();
CREATE TRIGGER unit_totals_inserted AFTER INSERT ON private.forecast_totals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.forecast_unit_totals_changed();
CREATE TRIGGER unit_totals_updated AFTER UPDATE ON private.forecast_totals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.forecast_unit_totals_changed();

alter table private.forecast_totals enable row level security;
alter table private.forecast_totals force row level security;
