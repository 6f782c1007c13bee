-- sales.leads, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0019_leads_followups.sql, 0020_pipeline_links.sql

create table sales.leads (
    id bigint generated always as identity not null,
    company_name text not null,
    contact_name text,
    phone text,
    mobile text,
    email text,
    source text,
    notes text,
    status text default 'new'::text not null,
    disqualify_reason text,
    converted_customer_id bigint,
    converted_contact_id bigint,
    converted_opportunity_id bigint,
    converted_at timestamp with time zone,
    converted_by bigint,
    owner_id bigint,
    pool_id bigint,
    archived_at timestamp with time zone,
    name_sort text collate "C" default ''::text not null,
    search_text text,
    search_grams text[],
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint leads_pkey PRIMARY KEY (id),
    constraint leads_check CHECK ((owner_id IS NULL) <> (pool_id IS NULL)),
    constraint leads_company_name_check CHECK (btrim(company_name) <> ''::text AND length(company_name) <= 200),
    constraint leads_contact_name_check CHECK (length(contact_name) <= 100),
    constraint leads_converted_check CHECK ((status = 'converted'::text) = (converted_customer_id IS NOT NULL AND converted_at IS NOT NULL)),
    constraint leads_disqualify_reason_check CHECK (length(disqualify_reason) <= 500),
    constraint leads_email_check CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'::text),
    constraint leads_mobile_check CHECK (private.valid_mobile(mobile)),
    constraint leads_notes_check CHECK (length(notes) <= 4000),
    constraint leads_phone_check CHECK (private.valid_phone(phone)),
    constraint leads_status_check CHECK (status = ANY (ARRAY['new'::text, 'contacted'::text, 'qualified'::text, 'converted'::text, 'disqualified'::text])),
    constraint leads_status_sortable CHECK (octet_length(status) <= 2000) NOT VALID,
    constraint leads_converted_by_fkey FOREIGN KEY (converted_by) REFERENCES sales.employees(id),
    constraint leads_converted_contact_id_fkey FOREIGN KEY (converted_contact_id) REFERENCES sales.contacts(id),
    constraint leads_converted_customer_id_fkey FOREIGN KEY (converted_customer_id) REFERENCES sales.customers(id),
    constraint leads_converted_opportunity_id_fkey FOREIGN KEY (converted_opportunity_id) REFERENCES sales.opportunities(id),
    constraint leads_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES sales.employees(id),
    constraint leads_pool_id_fkey FOREIGN KEY (pool_id) REFERENCES sales.customer_pools(id)
);
alter table sales.leads owner to salesdesk_owner;
grant select on table sales.leads to salesdesk_api;
grant update (company_name, contact_name, phone, mobile, email, source, notes, status, disqualify_reason, archived_at) on table sales.leads to salesdesk_api;
grant insert (company_name, contact_name, phone, mobile, email, source, notes, status, disqualify_reason, owner_id, pool_id) on table sales.leads to salesdesk_api;

CREATE INDEX leads_converted_customer_idx ON sales.leads USING btree (converted_customer_id) WHERE (converted_customer_id IS NOT NULL);
CREATE INDEX leads_created_idx ON sales.leads USING btree (created_at, id);
CREATE INDEX leads_mobile_norm_idx ON sales.leads USING btree (private.normalize_phone(mobile));
CREATE INDEX leads_name_key_idx ON sales.leads USING btree (private.company_name_key(company_name));
CREATE INDEX leads_owner_count_idx ON sales.leads USING btree (owner_id) INCLUDE (pool_id, id) WHERE (archived_at IS NULL);
CREATE INDEX leads_owner_id_created_at_id_idx ON sales.leads USING btree (owner_id, created_at, id);
CREATE INDEX leads_owner_id_status_id_idx ON sales.leads USING btree (owner_id, status, id);
CREATE INDEX leads_owner_id_updated_at_id_idx ON sales.leads USING btree (owner_id, updated_at, id);
CREATE INDEX leads_owner_sort_idx ON sales.leads USING btree (owner_id, name_sort, id);
CREATE INDEX leads_phone_norm_idx ON sales.leads USING btree (private.normalize_phone(phone));
CREATE INDEX leads_pool_id_created_at_id_idx ON sales.leads USING btree (pool_id, created_at, id) WHERE (pool_id IS NOT NULL);
CREATE INDEX leads_pool_id_status_id_idx ON sales.leads USING btree (pool_id, status, id) WHERE (pool_id IS NOT NULL);
CREATE INDEX leads_pool_id_updated_at_id_idx ON sales.leads USING btree (pool_id, updated_at, id) WHERE (pool_id IS NOT NULL);
CREATE INDEX leads_pool_sort_idx ON sales.leads USING btree (pool_id, name_sort, id) WHERE (pool_id IS NOT NULL);
CREATE INDEX leads_search_idx ON sales.leads USING gin (search_grams);
CREATE INDEX leads_sort_idx ON sales.leads USING btree (name_sort, id);
CREATE INDEX leads_status_idx ON sales.leads USING btree (status, id);
CREATE INDEX leads_updated_idx ON sales.leads USING btree (updated_at, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.leads REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('lead');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.leads REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('lead');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.leads REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('lead');
CREATE TRIGGER check_active_owner BEFORE INSERT OR UPDATE OF owner_id ON sales.leads FOR EACH ROW EXECUTE FUNCTION private.check_active_owner();
CREATE TRIGGER check_picklists BEFORE INSERT OR UPDATE OF source ON sales.leads FOR EACH ROW EXECUTE FUNCTION private.check_picklists('source');
CREATE TRIGGER converted_read_only BEFORE UPDATE ON sales.leads FOR EACH ROW EXECUTE FUNCTION private.lead_converted_read_only();
CREATE TRIGGER derive BEFORE INSERT OR UPDATE ON sales.leads FOR EACH ROW EXECUTE FUNCTION private.lead_derive();
CREATE TRIGGER ledger_delete AFTER DELETE ON sales.leads REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('leads', 'status,converted_by,converted_at');
CREATE TRIGGER ledger_insert AFTER INSERT ON sales.leads REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('leads', 'status,converted_by,converted_at');
CREATE TRIGGER ledger_update AFTER UPDATE ON sales.leads REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('leads', 'status,converted_by,converted_at');
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.leads FOR EACH ROW EXECUTE FUNCTION private.stamp('name_sort', 'search_text', 'search_grams');

alter table sales.leads enable row level security;
alter table sales.leads force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds lead rows the caller may write" on sales.leads
    for insert to salesdesk_api
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (pool_id = ANY ((( SELECT private.managed_pool_ids() AS managed_pool_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('lead'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes lead rows the caller may write" on sales.leads
    for update to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (pool_id = ANY ((( SELECT private.managed_pool_ids() AS managed_pool_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('lead'::text, true) AS shared_record_ids))::bigint[])))
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (pool_id = ANY ((( SELECT private.managed_pool_ids() AS managed_pool_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('lead'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads lead rows the caller may see" on sales.leads
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR owner_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)) OR (pool_id = ANY ((( SELECT private.visible_pool_ids() AS visible_pool_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('lead'::text) AS shared_record_ids))::bigint[])));
