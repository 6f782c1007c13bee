-- sales.expenses, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0030_expenses.sql

create table sales.expenses (
    id bigint generated always as identity not null,
    owner_id bigint not null,
    spent_on date default CURRENT_DATE not null,
    category text not null,
    amount numeric(14,2) not null,
    customer_id bigint,
    opportunity_id bigint,
    note text,
    receipt_ref text,
    status text default 'draft'::text not null,
    archived_at timestamp with time zone,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    amount_key bigint generated always as (((amount * (100)::numeric))::bigint) stored,
    name_sort text collate "C" default ''::text not null,
    search_text text,
    search_grams text[],
    constraint expenses_pkey PRIMARY KEY (id),
    constraint expenses_amount_check CHECK (amount > 0::numeric),
    constraint expenses_category_check CHECK (length(category) <= 30),
    constraint expenses_note_check CHECK (length(note) <= 2000),
    constraint expenses_receipt_ref_check CHECK (length(receipt_ref) <= 100),
    constraint expenses_status_check CHECK (status = ANY (ARRAY['draft'::text, 'submitted'::text, 'approved'::text, 'rejected'::text])),
    constraint expenses_status_sortable CHECK (octet_length(status) <= 2000) NOT VALID,
    constraint expenses_category_fkey FOREIGN KEY (category) REFERENCES sales.expense_categories(code),
    constraint expenses_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES sales.customers(id),
    constraint expenses_opportunity_id_fkey FOREIGN KEY (opportunity_id) REFERENCES sales.opportunities(id),
    constraint expenses_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES sales.employees(id)
);
alter table sales.expenses owner to salesdesk_owner;
grant select on table sales.expenses to salesdesk_api;
grant insert (owner_id, spent_on, category, amount, customer_id, opportunity_id, note, receipt_ref) on table sales.expenses to salesdesk_api;
grant update (spent_on, category, amount, customer_id, opportunity_id, note, receipt_ref, archived_at) on table sales.expenses to salesdesk_api;

CREATE INDEX expenses_amount_key_id_idx ON sales.expenses USING btree (amount_key, id);
CREATE INDEX expenses_customer_spent_idx ON sales.expenses USING btree (customer_id, spent_on, id) WHERE (customer_id IS NOT NULL);
CREATE INDEX expenses_name_sort_id_idx ON sales.expenses USING btree (name_sort, id);
CREATE INDEX expenses_opportunity_spent_idx ON sales.expenses USING btree (opportunity_id, spent_on, id) WHERE (opportunity_id IS NOT NULL);
CREATE INDEX expenses_owner_count_idx ON sales.expenses USING btree (owner_id) INCLUDE (id) WHERE (archived_at IS NULL);
CREATE INDEX expenses_owner_id_amount_key_id_idx ON sales.expenses USING btree (owner_id, amount_key, id);
CREATE INDEX expenses_owner_id_name_sort_id_idx ON sales.expenses USING btree (owner_id, name_sort, id);
CREATE INDEX expenses_owner_id_spent_on_id_idx ON sales.expenses USING btree (owner_id, spent_on, id);
CREATE INDEX expenses_owner_id_status_id_idx ON sales.expenses USING btree (owner_id, status, id);
CREATE INDEX expenses_owner_id_updated_at_id_idx ON sales.expenses USING btree (owner_id, updated_at, id);
CREATE INDEX expenses_search_grams_idx ON sales.expenses USING gin (search_grams);
CREATE INDEX expenses_spent_on_id_idx ON sales.expenses USING btree (spent_on, id);
CREATE INDEX expenses_status_id_idx ON sales.expenses USING btree (status, id);
CREATE INDEX expenses_updated_at_id_idx ON sales.expenses USING btree (updated_at, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.expenses REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('expense');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.expenses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('expense');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.expenses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('expense');
CREATE TRIGGER check_reference_customer_id BEFORE INSERT OR UPDATE OF customer_id ON sales.expenses FOR EACH ROW EXECUTE FUNCTION private.check_reference_expenses_customer_id();
CREATE TRIGGER check_reference_opportunity_id BEFORE INSERT OR UPDATE OF opportunity_id ON sales.expenses FOR EACH ROW EXECUTE FUNCTION private.check_reference_expenses_opportunity_id();
CREATE TRIGGER derive BEFORE INSERT OR UPDATE ON sales.expenses FOR EACH ROW EXECUTE FUNCTION private.search_derive('{"name": "note", "text": ["note", "receipt_ref"], "derive": "private.search_derive", "digits": [], "pinyin": ["note"]}');
CREATE TRIGGER expense_rules BEFORE INSERT OR UPDATE ON sales.expenses FOR EACH ROW EXECUTE FUNCTION private.expense_rules();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.expenses FOR EACH ROW EXECUTE FUNCTION private.stamp('amount_key', 'name_sort', 'search_text', 'search_grams');

alter table sales.expenses enable row level security;
alter table sales.expenses force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds expense rows the caller may write" on sales.expenses
    for insert to salesdesk_api
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes expense rows the caller may write" on sales.expenses
    for update to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])))
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads expense rows the caller may see" on sales.expenses
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR owner_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)));
