-- private.receivable_instalments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0044_receivables_summary.sql

create table private.receivable_instalments (
    instalment_id bigint not null,
    contract_id bigint not null,
    owner_id bigint,
    due_on date not null,
    unpaid numeric not null,
    constraint receivable_instalments_pkey PRIMARY KEY (instalment_id),
    constraint receivable_instalments_unpaid_check CHECK (unpaid > 0::numeric)
);
alter table private.receivable_instalments owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX receivable_instalments_contract_idx ON private.receivable_instalments USING btree (contract_id);
CREATE INDEX receivable_instalments_owner_idx ON private.receivable_instalments USING btree (owner_id) INCLUDE (due_on, unpaid);
CREATE TRIGGER company_days_deleted AFTER DELETE ON private.receivable_instalments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_company_deleted();
CREATE TRIGGER company_days_inserted AFTER INSERT ON private.receivable_instalments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_company_inserted();
CREATE TRIGGER days_deleted AFTER DELETE ON private.receivable_instalments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_days_deleted();
CREATE TRIGGER days_inserted AFTER INSERT ON private.receivable_instalments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_days_inserted();
CREATE TRIGGER tree_days_deleted AFTER DELETE ON private.receivable_instalments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_tree_instalments();
CREATE TRIGGER tree_days_inserted AFTER INSERT ON private.receivable_instalments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_tree_instalments();

alter table private.receivable_instalments enable row level security;
alter table private.receivable_instalments force row level security;
