-- sales.customers, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0002_customers.sql, 0005_search.sql, 0008_phones.sql, 0011_duplicate_check.sql, 0013_picklists_pinyin.sql

create table sales.customers (
    id bigint generated always as identity not null,
    name text not null,
    short_name text,
    industry text,
    level text,
    address text,
    region text,
    phone text,
    website text,
    source text,
    credit_limit numeric(14,2) default 0 not null,
    notes text,
    owner_id bigint,
    pool_id bigint,
    last_contact_at timestamp with time zone,
    archived_at timestamp with time zone,
    name_norm text generated always as (private.normalize_name(name)) stored,
    phone_norm text generated always as (private.normalize_phone(phone)) stored,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    name_sort text collate "C" not null,
    search_text text,
    search_grams text[],
    name_key text generated always as (private.company_name_key(name)) stored,
    credit_limit_key bigint generated always as (((credit_limit * (100)::numeric))::bigint) stored,
    constraint customers_pkey PRIMARY KEY (id),
    constraint customers_check CHECK ((owner_id IS NULL) <> (pool_id IS NULL)),
    constraint customers_credit_limit_check CHECK (credit_limit >= 0::numeric),
    constraint customers_level_check CHECK (level = ANY (ARRAY['A'::text, 'B'::text, 'C'::text, 'D'::text])),
    constraint customers_level_sortable CHECK (octet_length(level) <= 2000) NOT VALID,
    constraint customers_name_check CHECK (btrim(name) <> ''::text AND length(name) <= 200),
    constraint customers_phone_check CHECK (private.valid_phone(phone)),
    constraint customers_short_name_check CHECK (length(short_name) <= 60),
    constraint customers_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES sales.employees(id),
    constraint customers_pool_id_fkey FOREIGN KEY (pool_id) REFERENCES sales.customer_pools(id)
);
alter table sales.customers owner to salesdesk_owner;
grant select on table sales.customers to salesdesk_api;
grant update (name, short_name, industry, level, address, region, phone, website, source, credit_limit, notes, last_contact_at, archived_at) on table sales.customers to salesdesk_api;
grant insert (name, short_name, industry, level, address, region, phone, website, source, credit_limit, notes, owner_id, pool_id, last_contact_at) on table sales.customers to salesdesk_api;

CREATE INDEX customers_credit_limit_key_id_idx ON sales.customers USING btree (credit_limit_key, id);
CREATE INDEX customers_industry_idx ON sales.customers USING btree (industry) WHERE (industry IS NOT NULL);
CREATE INDEX customers_last_contact_at_id_idx ON sales.customers USING btree (last_contact_at, id);
CREATE INDEX customers_level_id_idx ON sales.customers USING btree (level, id);
CREATE INDEX customers_name_key_idx ON sales.customers USING btree (name_key);
CREATE INDEX customers_name_norm_idx ON sales.customers USING btree (name_norm);
CREATE INDEX customers_owner_count_idx ON sales.customers USING btree (owner_id) INCLUDE (pool_id, id) WHERE (archived_at IS NULL);
CREATE INDEX customers_owner_id_credit_limit_key_id_idx ON sales.customers USING btree (owner_id, credit_limit_key, id);
CREATE INDEX customers_owner_id_last_contact_at_id_idx ON sales.customers USING btree (owner_id, last_contact_at, id);
CREATE INDEX customers_owner_id_level_id_idx ON sales.customers USING btree (owner_id, level, id);
CREATE INDEX customers_owner_id_updated_at_id_idx ON sales.customers USING btree (owner_id, updated_at, id);
CREATE INDEX customers_owner_sort_idx ON sales.customers USING btree (owner_id, name_sort, id);
CREATE INDEX customers_phone_norm_idx ON sales.customers USING btree (phone_norm);
CREATE INDEX customers_pool_id_credit_limit_key_id_idx ON sales.customers USING btree (pool_id, credit_limit_key, id) WHERE (pool_id IS NOT NULL);
CREATE INDEX customers_pool_id_last_contact_at_id_idx ON sales.customers USING btree (pool_id, last_contact_at, id) WHERE (pool_id IS NOT NULL);
CREATE INDEX customers_pool_id_level_id_idx ON sales.customers USING btree (pool_id, level, id) WHERE (pool_id IS NOT NULL);
CREATE INDEX customers_pool_id_updated_at_id_idx ON sales.customers USING btree (pool_id, updated_at, id) WHERE (pool_id IS NOT NULL);
CREATE INDEX customers_pool_sort_idx ON sales.customers USING btree (pool_id, name_sort, id) WHERE (pool_id IS NOT NULL);
CREATE INDEX customers_region_idx ON sales.customers USING btree (region) WHERE (region IS NOT NULL);
CREATE INDEX customers_search_idx ON sales.customers USING gin (search_grams);
CREATE INDEX customers_sort_idx ON sales.customers USING btree (name_sort, id);
CREATE INDEX customers_source_idx ON sales.customers USING btree (source) WHERE (source IS NOT NULL);
CREATE INDEX customers_updated_at_id_idx ON sales.customers USING btree (updated_at, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.customers REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('customer');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.customers REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('customer');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.customers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('customer');
CREATE TRIGGER check_active_owner BEFORE INSERT OR UPDATE OF owner_id ON sales.customers FOR EACH ROW EXECUTE FUNCTION private.check_active_owner();
CREATE TRIGGER check_picklists BEFORE INSERT OR UPDATE OF industry, source, region ON sales.customers FOR EACH ROW EXECUTE FUNCTION private.check_picklists();
CREATE TRIGGER derive BEFORE INSERT OR UPDATE ON sales.customers FOR EACH ROW EXECUTE FUNCTION private.customer_derive();
CREATE TRIGGER ledger_delete AFTER DELETE ON sales.customers REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('customers', 'owner_id,created_at');
CREATE TRIGGER ledger_insert AFTER INSERT ON sales.customers REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('customers', 'owner_id,created_at');
CREATE TRIGGER ledger_update AFTER UPDATE ON sales.customers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('customers', 'owner_id,created_at');
CREATE TRIGGER route_sets_delete AFTER DELETE ON sales.customers REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER route_sets_insert AFTER INSERT ON sales.customers REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER route_sets_update AFTER UPDATE ON sales.customers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.customers FOR EACH ROW EXECUTE FUNCTION private.stamp('name_norm', 'phone_norm', 'name_sort', 'search_text', 'search_grams', 'name_key', 'credit_limit_key', 'last_contact_at');

alter table sales.customers enable row level security;
alter table sales.customers force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds customer rows the caller may write" on sales.customers
    for insert to salesdesk_api
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (pool_id = ANY ((( SELECT private.managed_pool_ids() AS managed_pool_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('customer'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes customer rows the caller may write" on sales.customers
    for update to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (pool_id = ANY ((( SELECT private.managed_pool_ids() AS managed_pool_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('customer'::text, true) AS shared_record_ids))::bigint[])))
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (pool_id = ANY ((( SELECT private.managed_pool_ids() AS managed_pool_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('customer'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads customer rows the caller may see" on sales.customers
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR owner_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)) OR (pool_id = ANY ((( SELECT private.visible_pool_ids() AS visible_pool_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('customer'::text) AS shared_record_ids))::bigint[])));
