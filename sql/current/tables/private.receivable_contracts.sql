-- private.receivable_contracts, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0044_receivables_summary.sql, 0053_inbox_and_customer_receivables.sql

create table private.receivable_contracts (
    contract_id bigint not null,
    owner_id bigint,
    receivable numeric not null,
    planned_open numeric not null,
    customer_id bigint not null,
    constraint receivable_contracts_pkey PRIMARY KEY (contract_id)
);
alter table private.receivable_contracts owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX receivable_contracts_customer_idx ON private.receivable_contracts USING btree (customer_id);
CREATE INDEX receivable_contracts_owner_customer_idx ON private.receivable_contracts USING btree (owner_id) INCLUDE (customer_id, receivable, planned_open);
CREATE TRIGGER owners_deleted AFTER DELETE ON private.receivable_contracts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_owners_deleted();
CREATE TRIGGER owners_inserted AFTER INSERT ON private.receivable_contracts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_owners_inserted();
CREATE TRIGGER sums_by_customer_deleted AFTER DELETE ON private.receivable_contracts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_customers_changed();
CREATE TRIGGER sums_by_customer_inserted AFTER INSERT ON private.receivable_contracts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_customers_changed();
CREATE TRIGGER tree_sums_deleted AFTER DELETE ON private.receivable_contracts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_tree_contracts();
CREATE TRIGGER tree_sums_inserted AFTER INSERT ON private.receivable_contracts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_tree_contracts();

alter table private.receivable_contracts enable row level security;
alter table private.receivable_contracts force row level security;
