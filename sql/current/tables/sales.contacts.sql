-- sales.contacts, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0002_customers.sql, 0008_phones.sql, 0011_duplicate_check.sql

create table sales.contacts (
    id bigint generated always as identity not null,
    customer_id bigint not null,
    name text not null,
    title text,
    mobile text,
    phone text,
    email text,
    is_primary boolean default false not null,
    notes text,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint contacts_pkey PRIMARY KEY (id),
    constraint contacts_email_check CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'::text),
    constraint contacts_mobile_check CHECK (private.valid_mobile(mobile)),
    constraint contacts_name_check CHECK (btrim(name) <> ''::text),
    constraint contacts_name_sortable CHECK (octet_length(name) <= 2000) NOT VALID,
    constraint contacts_phone_check CHECK (private.valid_phone(phone)),
    constraint contacts_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES sales.customers(id)
);
alter table sales.contacts owner to salesdesk_owner;
grant select, delete on table sales.contacts to salesdesk_api;
grant insert (customer_id, name, title, mobile, phone, email, is_primary, notes) on table sales.contacts to salesdesk_api;
grant update (name, title, mobile, phone, email, is_primary, notes) on table sales.contacts to salesdesk_api;

CREATE INDEX contacts_customer_id_name_id_idx ON sales.contacts USING btree (customer_id, name, id);
CREATE INDEX contacts_customer_id_updated_at_id_idx ON sales.contacts USING btree (customer_id, updated_at, id);
CREATE INDEX contacts_customer_idx ON sales.contacts USING btree (customer_id);
CREATE UNIQUE INDEX contacts_one_primary_idx ON sales.contacts USING btree (customer_id) WHERE is_primary;
CREATE TRIGGER audit_delete AFTER DELETE ON sales.contacts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('contact');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.contacts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('contact');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.contacts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('contact');
CREATE TRIGGER check_reference_customer_id BEFORE INSERT OR UPDATE OF customer_id ON sales.contacts FOR EACH ROW EXECUTE FUNCTION private.check_reference_contacts_customer_id();
CREATE TRIGGER one_primary BEFORE INSERT OR UPDATE OF is_primary ON sales.contacts FOR EACH ROW EXECUTE FUNCTION private.one_primary_contact();
CREATE TRIGGER search_changed_deleted AFTER DELETE ON sales.contacts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.contact_search_changed();
CREATE TRIGGER search_changed_inserted AFTER INSERT ON sales.contacts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.contact_search_changed();
CREATE TRIGGER search_changed_updated AFTER UPDATE ON sales.contacts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.contact_search_changed();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.contacts FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.contacts enable row level security;
alter table sales.contacts force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds contact rows the caller may write" on sales.contacts
    for insert to salesdesk_api
    with check (COALESCE(( SELECT true
   FROM sales.customers
  WHERE customers.id = contacts.customer_id AND (( SELECT private.sees_all() AS sees_all) OR (customers.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (customers.pool_id = ANY ((( SELECT private.managed_pool_ids() AS managed_pool_ids))::bigint[])) OR (customers.id = ANY ((( SELECT private.shared_record_ids('customer'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes contact rows the caller may write" on sales.contacts
    for update to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.customers
  WHERE customers.id = contacts.customer_id AND (( SELECT private.sees_all() AS sees_all) OR (customers.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (customers.pool_id = ANY ((( SELECT private.managed_pool_ids() AS managed_pool_ids))::bigint[])) OR (customers.id = ANY ((( SELECT private.shared_record_ids('customer'::text, true) AS shared_record_ids))::bigint[])))), false))
    with check (COALESCE(( SELECT true
   FROM sales.customers
  WHERE customers.id = contacts.customer_id AND (( SELECT private.sees_all() AS sees_all) OR (customers.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (customers.pool_id = ANY ((( SELECT private.managed_pool_ids() AS managed_pool_ids))::bigint[])) OR (customers.id = ANY ((( SELECT private.shared_record_ids('customer'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads contact rows the caller may see" on sales.contacts
    for select to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.customers
  WHERE customers.id = contacts.customer_id), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API removes contact rows the caller may write" on sales.contacts
    for delete to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.customers
  WHERE customers.id = contacts.customer_id AND (( SELECT private.sees_all() AS sees_all) OR (customers.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (customers.pool_id = ANY ((( SELECT private.managed_pool_ids() AS managed_pool_ids))::bigint[])) OR (customers.id = ANY ((( SELECT private.shared_record_ids('customer'::text, true) AS shared_record_ids))::bigint[])))), false));
