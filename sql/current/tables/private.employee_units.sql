-- private.employee_units, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0033_performance_basis.sql, 0035_attainment.sql

create table private.employee_units (
    employee_id bigint not null,
    unit_id bigint not null,
    valid_from date not null,
    valid_to date,
    constraint employee_units_pkey PRIMARY KEY (employee_id, valid_from),
    constraint employee_units_check CHECK (valid_to IS NULL OR valid_to > valid_from),
    constraint employee_units_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES sales.employees(id),
    constraint employee_units_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES sales.org_units(id)
);
alter table private.employee_units owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE UNIQUE INDEX employee_units_current_idx ON private.employee_units USING btree (employee_id) WHERE (valid_to IS NULL);
CREATE INDEX employee_units_unit_idx ON private.employee_units USING btree (unit_id, employee_id);
CREATE TRIGGER ledger_delete AFTER DELETE ON private.employee_units REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_units_changed();
CREATE TRIGGER ledger_insert AFTER INSERT ON private.employee_units REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_units_changed();
CREATE TRIGGER ledger_update AFTER UPDATE ON private.employee_units REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_units_changed();
CREATE TRIGGER stage_close_deleted AFTER DELETE ON private.employee_units REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_units_changed();
CREATE TRIGGER stage_close_inserted AFTER INSERT ON private.employee_units REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_units_changed();
CREATE TRIGGER stage_close_updated AFTER UPDATE ON private.employee_units REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_units_changed();

alter table private.employee_units enable row level security;
alter table private.employee_units force row level security;
