-- sales.payments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0029_payments.sql

create table sales.payments (
    id bigint generated always as identity not null,
    contract_id bigint not null,
    received_on date not null,
    amount numeric(14,2) not null,
    method text default 'bank_transfer'::text not null,
    reference text,
    note text,
    status text default 'pending'::text not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    amount_key bigint generated always as (((amount * (100)::numeric))::bigint) stored,
    parent_owner_id bigint,
    constraint payments_pkey PRIMARY KEY (id),
    constraint payments_amount_check CHECK (amount > 0::numeric),
    constraint payments_method_check CHECK (method = ANY (ARRAY['bank_transfer'::text, 'cash'::text, 'cheque'::text, 'acceptance_bill'::text, 'other'::text])),
    constraint payments_note_check CHECK (length(note) <= 500),
    constraint payments_reference_check CHECK (length(reference) <= 100),
    constraint payments_status_check CHECK (status = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text, 'withdrawn'::text])),
    constraint payments_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES sales.contracts(id)
);
alter table sales.payments owner to salesdesk_owner;
grant select on table sales.payments to salesdesk_api;
grant insert (contract_id, received_on, amount, method, reference, note) on table sales.payments to salesdesk_api;
grant update (note) on table sales.payments to salesdesk_api;

CREATE INDEX payments_amount_key_id_idx ON sales.payments USING btree (amount_key, id);
CREATE INDEX payments_contract_id_amount_key_id_idx ON sales.payments USING btree (contract_id, amount_key, id);
CREATE INDEX payments_contract_id_received_on_id_idx ON sales.payments USING btree (contract_id, received_on, id);
CREATE INDEX payments_contract_id_updated_at_id_idx ON sales.payments USING btree (contract_id, updated_at, id);
CREATE INDEX payments_contract_idx ON sales.payments USING btree (contract_id, status, received_on, id);
CREATE INDEX payments_parent_owner_id_amount_key_id_idx ON sales.payments USING btree (parent_owner_id, amount_key, id);
CREATE INDEX payments_parent_owner_id_received_on_id_idx ON sales.payments USING btree (parent_owner_id, received_on, id);
CREATE INDEX payments_parent_owner_id_updated_at_id_idx ON sales.payments USING btree (parent_owner_id, updated_at, id);
CREATE INDEX payments_received_on_id_idx ON sales.payments USING btree (received_on, id);
CREATE INDEX payments_updated_at_id_idx ON sales.payments USING btree (updated_at, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.payments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('payment');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.payments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('payment');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('payment');
CREATE TRIGGER check_reference_contract_id BEFORE INSERT OR UPDATE OF contract_id ON sales.payments FOR EACH ROW EXECUTE FUNCTION private.check_reference_payments_contract_id();
CREATE TRIGGER keep_parent_owner BEFORE INSERT OR UPDATE OF contract_id, parent_owner_id ON sales.payments FOR EACH ROW EXECUTE FUNCTION private.keep_parent_owner_payments();
CREATE TRIGGER ledger_delete AFTER DELETE ON sales.payments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('payments', 'status,amount,received_on,contract_id');
CREATE TRIGGER ledger_insert AFTER INSERT ON sales.payments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('payments', 'status,amount,received_on,contract_id');
CREATE TRIGGER ledger_update AFTER UPDATE ON sales.payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('payments', 'status,amount,received_on,contract_id');
CREATE TRIGGER money_check BEFORE INSERT OR UPDATE OF amount, status, contract_id ON sales.payments FOR EACH ROW EXECUTE FUNCTION private.payment_check();
CREATE TRIGGER receivables_deleted AFTER DELETE ON sales.payments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivables_changed();
CREATE TRIGGER receivables_inserted AFTER INSERT ON sales.payments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivables_changed();
CREATE TRIGGER receivables_updated AFTER UPDATE ON sales.payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivables_changed();
CREATE TRIGGER request_approval AFTER INSERT ON sales.payments FOR EACH ROW EXECUTE FUNCTION private.payment_requested();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.payments FOR EACH ROW EXECUTE FUNCTION private.stamp('amount_key', 'parent_owner_id');

alter table sales.payments enable row level security;
alter table sales.payments force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds payment rows the caller may write" on sales.payments
    for insert to salesdesk_api
    with check (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = payments.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes payment rows the caller may write" on sales.payments
    for update to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = payments.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false))
    with check (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = payments.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads payment rows the caller may see" on sales.payments
    for select to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = payments.contract_id), false));
