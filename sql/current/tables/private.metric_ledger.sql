-- private.metric_ledger, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0035_attainment.sql

create table private.metric_ledger (
    metric text not null,
    source_id bigint not null,
    employee_id bigint not null,
    unit_id bigint not null,
    day date not null,
    credited numeric not null,
    overlay_credit numeric default 0 not null,
    assisted numeric default 0 not null,
    constraint metric_ledger_pkey PRIMARY KEY (metric, source_id, employee_id)
);
alter table private.metric_ledger owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX metric_ledger_employee_idx ON private.metric_ledger USING btree (employee_id, day);
CREATE TRIGGER metric_daily_deleted AFTER DELETE ON private.metric_ledger REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.metric_daily_deleted();
CREATE TRIGGER metric_daily_inserted AFTER INSERT ON private.metric_ledger REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.metric_daily_inserted();
CREATE TRIGGER metric_daily_updated AFTER UPDATE ON private.metric_ledger REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.metric_daily_updated();

alter table private.metric_ledger enable row level security;
alter table private.metric_ledger force row level security;
