-- sales.invoices, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0029_payments.sql

create table sales.invoices (
    id bigint generated always as identity not null,
    contract_id bigint not null,
    number text not null,
    issued_on date not null,
    invoice_type text default 'ordinary'::text not null,
    amount numeric(14,2) not null,
    tax_amount numeric(14,2) default 0 not null,
    total_amount numeric(14,2) generated always as ((amount + tax_amount)) stored,
    note text,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    parent_owner_id bigint,
    constraint invoices_pkey PRIMARY KEY (id),
    constraint invoices_contract_id_number_key UNIQUE (contract_id, number),
    constraint invoices_amount_check CHECK (amount > 0::numeric),
    constraint invoices_invoice_type_check CHECK (invoice_type = ANY (ARRAY['ordinary'::text, 'vat_special'::text])),
    constraint invoices_note_check CHECK (length(note) <= 500),
    constraint invoices_number_check CHECK (btrim(number) = number AND number <> ''::text AND length(number) <= 40),
    constraint invoices_number_sortable CHECK (octet_length(number) <= 2000) NOT VALID,
    constraint invoices_tax_amount_check CHECK (tax_amount >= 0::numeric),
    constraint invoices_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES sales.contracts(id)
);
alter table sales.invoices owner to salesdesk_owner;
grant select on table sales.invoices to salesdesk_api;
grant insert (contract_id, number, issued_on, invoice_type, amount, tax_amount, note) on table sales.invoices to salesdesk_api;
grant update (note) on table sales.invoices to salesdesk_api;

CREATE INDEX invoices_contract_id_number_id_idx ON sales.invoices USING btree (contract_id, number, id);
CREATE INDEX invoices_contract_id_updated_at_id_idx ON sales.invoices USING btree (contract_id, updated_at, id);
CREATE INDEX invoices_contract_idx ON sales.invoices USING btree (contract_id, issued_on, id);
CREATE INDEX invoices_issued_on_id_idx ON sales.invoices USING btree (issued_on, id);
CREATE INDEX invoices_number_id_idx ON sales.invoices USING btree (number, id);
CREATE INDEX invoices_parent_owner_id_issued_on_id_idx ON sales.invoices USING btree (parent_owner_id, issued_on, id);
CREATE INDEX invoices_parent_owner_id_number_id_idx ON sales.invoices USING btree (parent_owner_id, number, id);
CREATE INDEX invoices_parent_owner_id_updated_at_id_idx ON sales.invoices USING btree (parent_owner_id, updated_at, id);
CREATE INDEX invoices_updated_at_id_idx ON sales.invoices USING btree (updated_at, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.invoices REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('invoice');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.invoices REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('invoice');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.invoices REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('invoice');
CREATE TRIGGER check_reference_contract_id BEFORE INSERT OR UPDATE OF contract_id ON sales.invoices FOR EACH ROW EXECUTE FUNCTION private.check_reference_invoices_contract_id();
CREATE TRIGGER keep_parent_owner BEFORE INSERT OR UPDATE OF contract_id, parent_owner_id ON sales.invoices FOR EACH ROW EXECUTE FUNCTION private.keep_parent_owner_invoices();
CREATE TRIGGER money_check BEFORE INSERT OR UPDATE OF amount, tax_amount, contract_id ON sales.invoices FOR EACH ROW EXECUTE FUNCTION private.invoice_check();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.invoices FOR EACH ROW EXECUTE FUNCTION private.stamp('total_amount', 'parent_owner_id');

alter table sales.invoices enable row level security;
alter table sales.invoices force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds invoice rows the caller may write" on sales.invoices
    for insert to salesdesk_api
    with check (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = invoices.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes invoice rows the caller may write" on sales.invoices
    for update to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = invoices.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false))
    with check (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = invoices.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads invoice rows the caller may see" on sales.invoices
    for select to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = invoices.contract_id), false));
