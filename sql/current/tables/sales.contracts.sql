-- sales.contracts, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0027_contract_kind.sql, 0028_quotes_contracts.sql

create table sales.contracts (
    id bigint generated always as identity not null,
    owner_id bigint not null,
    customer_id bigint not null,
    opportunity_id bigint,
    number text,
    title text not null,
    status text default 'draft'::text not null,
    signed_on date,
    starts_on date,
    ends_on date,
    amount numeric(14,2) default 0 not null,
    tax_amount numeric(14,2) default 0 not null,
    total_amount numeric(14,2) default 0 not null,
    notes text,
    approved_at timestamp with time zone,
    archived_at timestamp with time zone,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    total_amount_key bigint generated always as (((total_amount * (100)::numeric))::bigint) stored,
    name_sort text collate "C" default ''::text not null,
    search_text text,
    search_grams text[],
    amendment_no integer default 0 not null,
    constraint contracts_pkey PRIMARY KEY (id),
    constraint contracts_number_key UNIQUE (number),
    constraint contracts_amount_check CHECK (amount >= 0::numeric),
    constraint contracts_check CHECK (ends_on >= starts_on),
    constraint contracts_check1 CHECK (total_amount = (amount + tax_amount)),
    constraint contracts_notes_check CHECK (length(notes) <= 4000),
    constraint contracts_number_check CHECK (length(number) >= 1 AND length(number) <= 40),
    constraint contracts_number_sortable CHECK (octet_length(number) <= 2000) NOT VALID,
    constraint contracts_status_check CHECK (status = ANY (ARRAY['draft'::text, 'submitted'::text, 'approved'::text, 'rejected'::text, 'in_effect'::text, 'fulfilled'::text, 'cancelled'::text])),
    constraint contracts_status_sortable CHECK (octet_length(status) <= 2000) NOT VALID,
    constraint contracts_tax_amount_check CHECK (tax_amount >= 0::numeric),
    constraint contracts_title_check CHECK (btrim(title) = title AND title <> ''::text AND length(title) <= 200),
    constraint contracts_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES sales.customers(id),
    constraint contracts_opportunity_id_fkey FOREIGN KEY (opportunity_id) REFERENCES sales.opportunities(id),
    constraint contracts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES sales.employees(id)
);
alter table sales.contracts owner to salesdesk_owner;
grant select on table sales.contracts to salesdesk_api;
grant update (customer_id, opportunity_id, title, signed_on, starts_on, ends_on, notes, archived_at) on table sales.contracts to salesdesk_api;
grant insert (owner_id, customer_id, opportunity_id, title, signed_on, starts_on, ends_on, notes) on table sales.contracts to salesdesk_api;

CREATE INDEX contracts_counting_owner_idx ON sales.contracts USING btree (owner_id, id) WHERE private.contract_counts(status);
CREATE INDEX contracts_customer_idx ON sales.contracts USING btree (customer_id, id);
CREATE INDEX contracts_name_sort_id_idx ON sales.contracts USING btree (name_sort, id);
CREATE INDEX contracts_number_id_idx ON sales.contracts USING btree (number, id);
CREATE INDEX contracts_opportunity_idx ON sales.contracts USING btree (opportunity_id, id) WHERE (opportunity_id IS NOT NULL);
CREATE INDEX contracts_owner_id_name_sort_id_idx ON sales.contracts USING btree (owner_id, name_sort, id);
CREATE INDEX contracts_owner_id_number_id_idx ON sales.contracts USING btree (owner_id, number, id);
CREATE INDEX contracts_owner_id_signed_on_id_idx ON sales.contracts USING btree (owner_id, signed_on, id);
CREATE INDEX contracts_owner_id_status_id_idx ON sales.contracts USING btree (owner_id, status, id);
CREATE INDEX contracts_owner_id_total_amount_key_id_idx ON sales.contracts USING btree (owner_id, total_amount_key, id);
CREATE INDEX contracts_owner_idx ON sales.contracts USING btree (owner_id, updated_at, id);
CREATE INDEX contracts_search_grams_idx ON sales.contracts USING gin (search_grams);
CREATE INDEX contracts_signed_on_id_idx ON sales.contracts USING btree (signed_on, id);
CREATE INDEX contracts_status_id_idx ON sales.contracts USING btree (status, id);
CREATE INDEX contracts_total_amount_key_id_idx ON sales.contracts USING btree (total_amount_key, id);
CREATE INDEX contracts_updated_at_id_idx ON sales.contracts USING btree (updated_at, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.contracts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('contract');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.contracts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('contract');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.contracts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('contract');
CREATE TRIGGER check_reference_customer_id BEFORE INSERT OR UPDATE OF customer_id ON sales.contracts FOR EACH ROW EXECUTE FUNCTION private.check_reference_contracts_customer_id();
CREATE TRIGGER check_reference_opportunity_id BEFORE INSERT OR UPDATE OF opportunity_id ON sales.contracts FOR EACH ROW EXECUTE FUNCTION private.check_reference_contracts_opportunity_id();
CREATE TRIGGER derive BEFORE INSERT OR UPDATE ON sales.contracts FOR EACH ROW EXECUTE FUNCTION private.search_derive('{"name": "title", "text": ["title", "number"], "derive": "private.search_derive", "digits": [], "pinyin": ["title"]}');
CREATE TRIGGER editable_only_in_draft BEFORE UPDATE ON sales.contracts FOR EACH ROW EXECUTE FUNCTION private.contract_guard();
CREATE TRIGGER ledger_delete AFTER DELETE ON sales.contracts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('contracts', 'status,approved_at,total_amount,opportunity_id,owner_id');
CREATE TRIGGER ledger_insert AFTER INSERT ON sales.contracts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('contracts', 'status,approved_at,total_amount,opportunity_id,owner_id');
CREATE TRIGGER ledger_update AFTER UPDATE ON sales.contracts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('contracts', 'status,approved_at,total_amount,opportunity_id,owner_id');
CREATE TRIGGER parent_owner_invoices AFTER UPDATE ON sales.contracts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.parent_owner_moved_invoices();
CREATE TRIGGER parent_owner_payments AFTER UPDATE ON sales.contracts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.parent_owner_moved_payments();
CREATE TRIGGER receivables_deleted AFTER DELETE ON sales.contracts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivables_changed();
CREATE TRIGGER receivables_inserted AFTER INSERT ON sales.contracts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivables_changed();
CREATE TRIGGER receivables_updated AFTER UPDATE ON sales.contracts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivables_changed();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.contracts FOR EACH ROW EXECUTE FUNCTION private.stamp('amount', 'tax_amount', 'total_amount', 'total_amount_key', 'name_sort', 'search_text', 'search_grams');

alter table sales.contracts enable row level security;
alter table sales.contracts force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds contract rows the caller may write" on sales.contracts
    for insert to salesdesk_api
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes contract rows the caller may write" on sales.contracts
    for update to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads contract rows the caller may see" on sales.contracts
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR owner_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)) OR (id = ANY ((( SELECT private.shared_record_ids('contract'::text) AS shared_record_ids))::bigint[])));
