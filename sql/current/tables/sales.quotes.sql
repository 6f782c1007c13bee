-- sales.quotes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0032_quotes.sql

create table sales.quotes (
    id bigint generated always as identity not null,
    owner_id bigint not null,
    customer_id bigint not null,
    opportunity_id bigint,
    number text default private.next_quote_number() not null,
    revision integer default 1 not null,
    previous_id bigint,
    title text not null,
    status text default 'draft'::text not null,
    valid_until date,
    notes text,
    amount numeric(14,2) default 0 not null,
    tax_amount numeric(14,2) default 0 not null,
    total_amount numeric(14,2) default 0 not null,
    max_discount numeric(5,2) default 0 not null,
    approval text,
    contract_id bigint,
    sent_at timestamp with time zone,
    decided_at timestamp with time zone,
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
    constraint quotes_pkey PRIMARY KEY (id),
    constraint quotes_contract_id_key UNIQUE (contract_id),
    constraint quotes_number_revision_key UNIQUE (number, revision),
    constraint quotes_previous_id_key UNIQUE (previous_id),
    constraint quotes_amount_check CHECK (amount >= 0::numeric),
    constraint quotes_approval_check CHECK (approval = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text])),
    constraint quotes_check CHECK (total_amount = (amount + tax_amount)),
    constraint quotes_check1 CHECK ((status = 'accepted'::text) = (contract_id IS NOT NULL)),
    constraint quotes_notes_check CHECK (length(notes) <= 4000),
    constraint quotes_number_check CHECK (length(number) >= 1 AND length(number) <= 40),
    constraint quotes_number_sortable CHECK (octet_length(number) <= 2000) NOT VALID,
    constraint quotes_revision_check CHECK (revision >= 1 AND revision <= 999),
    constraint quotes_status_check CHECK (status = ANY (ARRAY['draft'::text, 'sent'::text, 'accepted'::text, 'declined'::text, 'revised'::text])),
    constraint quotes_status_sortable CHECK (octet_length(status) <= 2000) NOT VALID,
    constraint quotes_tax_amount_check CHECK (tax_amount >= 0::numeric),
    constraint quotes_title_check CHECK (btrim(title) = title AND title <> ''::text AND length(title) <= 200),
    constraint quotes_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES sales.contracts(id),
    constraint quotes_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES sales.customers(id),
    constraint quotes_opportunity_id_fkey FOREIGN KEY (opportunity_id) REFERENCES sales.opportunities(id),
    constraint quotes_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES sales.employees(id),
    constraint quotes_previous_id_fkey FOREIGN KEY (previous_id) REFERENCES sales.quotes(id)
);
alter table sales.quotes owner to salesdesk_owner;
grant select on table sales.quotes to salesdesk_api;
grant update (customer_id, opportunity_id, title, valid_until, notes, archived_at) on table sales.quotes to salesdesk_api;
grant insert (owner_id, customer_id, opportunity_id, title, valid_until, notes) on table sales.quotes to salesdesk_api;

CREATE INDEX quotes_customer_idx ON sales.quotes USING btree (customer_id, id);
CREATE INDEX quotes_name_sort_id_idx ON sales.quotes USING btree (name_sort, id);
CREATE INDEX quotes_number_id_idx ON sales.quotes USING btree (number, id);
CREATE INDEX quotes_opportunity_idx ON sales.quotes USING btree (opportunity_id, id) WHERE (opportunity_id IS NOT NULL);
CREATE INDEX quotes_owner_id_name_sort_id_idx ON sales.quotes USING btree (owner_id, name_sort, id);
CREATE INDEX quotes_owner_id_number_id_idx ON sales.quotes USING btree (owner_id, number, id);
CREATE INDEX quotes_owner_id_status_id_idx ON sales.quotes USING btree (owner_id, status, id);
CREATE INDEX quotes_owner_id_total_amount_key_id_idx ON sales.quotes USING btree (owner_id, total_amount_key, id);
CREATE INDEX quotes_owner_id_valid_until_id_idx ON sales.quotes USING btree (owner_id, valid_until, id);
CREATE INDEX quotes_owner_idx ON sales.quotes USING btree (owner_id, updated_at, id);
CREATE INDEX quotes_search_grams_idx ON sales.quotes USING gin (search_grams);
CREATE INDEX quotes_status_id_idx ON sales.quotes USING btree (status, id);
CREATE INDEX quotes_total_amount_key_id_idx ON sales.quotes USING btree (total_amount_key, id);
CREATE INDEX quotes_updated_at_id_idx ON sales.quotes USING btree (updated_at, id);
CREATE INDEX quotes_valid_until_id_idx ON sales.quotes USING btree (valid_until, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.quotes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('quote');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.quotes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('quote');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.quotes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('quote');
CREATE TRIGGER check_reference_customer_id BEFORE INSERT OR UPDATE OF customer_id ON sales.quotes FOR EACH ROW EXECUTE FUNCTION private.check_reference_quotes_customer_id();
CREATE TRIGGER check_reference_opportunity_id BEFORE INSERT OR UPDATE OF opportunity_id ON sales.quotes FOR EACH ROW EXECUTE FUNCTION private.check_reference_quotes_opportunity_id();
CREATE TRIGGER derive BEFORE INSERT OR UPDATE ON sales.quotes FOR EACH ROW EXECUTE FUNCTION private.search_derive('{"name": "title", "text": ["title", "number"], "derive": "private.search_derive", "digits": [], "pinyin": ["title"]}');
CREATE TRIGGER guard BEFORE UPDATE ON sales.quotes FOR EACH ROW EXECUTE FUNCTION private.quote_guard();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.quotes FOR EACH ROW EXECUTE FUNCTION private.stamp('amount', 'tax_amount', 'total_amount', 'max_discount', 'approval', 'total_amount_key', 'name_sort', 'search_text', 'search_grams');

alter table sales.quotes enable row level security;
alter table sales.quotes force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds quote rows the caller may write" on sales.quotes
    for insert to salesdesk_api
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('quote'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes quote rows the caller may write" on sales.quotes
    for update to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('quote'::text, true) AS shared_record_ids))::bigint[])))
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('quote'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads quote rows the caller may see" on sales.quotes
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR owner_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)) OR (id = ANY ((( SELECT private.shared_record_ids('quote'::text) AS shared_record_ids))::bigint[])));
