-- sales.followups, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0019_leads_followups.sql, 0020_pipeline_links.sql

create table sales.followups (
    id bigint generated always as identity not null,
    owner_id bigint not null,
    customer_id bigint not null,
    contact_id bigint,
    opportunity_id bigint,
    kind text default 'call'::text not null,
    happened_at timestamp with time zone default now() not null,
    summary text not null,
    outcome text,
    next_followup_on date,
    satisfaction smallint,
    archived_at timestamp with time zone,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    name_sort text collate "C" default ''::text not null,
    search_text text,
    search_grams text[],
    constraint followups_pkey PRIMARY KEY (id),
    constraint followups_kind_check CHECK (kind = ANY (ARRAY['call'::text, 'visit'::text, 'email'::text, 'meeting'::text, 'wechat'::text, 'other'::text])),
    constraint followups_outcome_check CHECK (length(outcome) <= 4000),
    constraint followups_satisfaction_check CHECK (satisfaction >= 1 AND satisfaction <= 5),
    constraint followups_summary_check CHECK (btrim(summary) <> ''::text AND length(summary) <= 4000),
    constraint followups_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES sales.contacts(id),
    constraint followups_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES sales.customers(id),
    constraint followups_opportunity_id_fkey FOREIGN KEY (opportunity_id) REFERENCES sales.opportunities(id),
    constraint followups_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES sales.employees(id)
);
alter table sales.followups owner to salesdesk_owner;
grant select on table sales.followups to salesdesk_api;
grant update (contact_id, opportunity_id, kind, happened_at, summary, outcome, next_followup_on, satisfaction, archived_at) on table sales.followups to salesdesk_api;
grant insert (owner_id, customer_id, contact_id, opportunity_id, kind, happened_at, summary, outcome, next_followup_on, satisfaction) on table sales.followups to salesdesk_api;

CREATE INDEX followups_contact_id_idx ON sales.followups USING btree (contact_id);
CREATE INDEX followups_customer_happened_idx ON sales.followups USING btree (customer_id, happened_at, id);
CREATE INDEX followups_happened_idx ON sales.followups USING btree (happened_at, id);
CREATE INDEX followups_name_sort_id_idx ON sales.followups USING btree (name_sort, id);
CREATE INDEX followups_next_idx ON sales.followups USING btree (next_followup_on, id);
CREATE INDEX followups_opportunity_happened_idx ON sales.followups USING btree (opportunity_id, happened_at, id) WHERE (opportunity_id IS NOT NULL);
CREATE INDEX followups_owner_count_idx ON sales.followups USING btree (owner_id) INCLUDE (id) WHERE (archived_at IS NULL);
CREATE INDEX followups_owner_happened_idx ON sales.followups USING btree (owner_id, happened_at, id);
CREATE INDEX followups_owner_id_name_sort_id_idx ON sales.followups USING btree (owner_id, name_sort, id);
CREATE INDEX followups_owner_id_next_followup_on_id_idx ON sales.followups USING btree (owner_id, next_followup_on, id);
CREATE INDEX followups_owner_id_updated_at_id_idx ON sales.followups USING btree (owner_id, updated_at, id);
CREATE INDEX followups_search_grams_idx ON sales.followups USING gin (search_grams);
CREATE INDEX followups_updated_idx ON sales.followups USING btree (updated_at, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.followups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('followup');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.followups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('followup');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.followups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('followup');
CREATE TRIGGER check_reference_contact_id BEFORE INSERT OR UPDATE OF contact_id ON sales.followups FOR EACH ROW EXECUTE FUNCTION private.check_reference_followups_contact_id();
CREATE TRIGGER check_reference_customer_id BEFORE INSERT OR UPDATE OF customer_id ON sales.followups FOR EACH ROW EXECUTE FUNCTION private.check_reference_followups_customer_id();
CREATE TRIGGER check_reference_opportunity_id BEFORE INSERT OR UPDATE OF opportunity_id ON sales.followups FOR EACH ROW EXECUTE FUNCTION private.check_reference_followups_opportunity_id();
CREATE TRIGGER contact_of_customer BEFORE INSERT OR UPDATE OF contact_id ON sales.followups FOR EACH ROW EXECUTE FUNCTION private.followup_contact_of_customer();
CREATE TRIGGER deal_of_customer BEFORE INSERT OR UPDATE OF opportunity_id, customer_id ON sales.followups FOR EACH ROW EXECUTE FUNCTION private.followup_deal_of_customer();
CREATE TRIGGER derive BEFORE INSERT OR UPDATE ON sales.followups FOR EACH ROW EXECUTE FUNCTION private.search_derive('{"name": "summary", "text": ["summary"], "derive": "private.search_derive", "digits": [], "pinyin": ["summary"]}');
CREATE TRIGGER ledger_delete AFTER DELETE ON sales.followups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('followups', 'owner_id,happened_at,archived_at');
CREATE TRIGGER ledger_insert AFTER INSERT ON sales.followups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('followups', 'owner_id,happened_at,archived_at');
CREATE TRIGGER ledger_update AFTER UPDATE ON sales.followups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_source_changed('followups', 'owner_id,happened_at,archived_at');
CREATE TRIGGER route_sets_delete AFTER DELETE ON sales.followups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER route_sets_insert AFTER INSERT ON sales.followups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER route_sets_update AFTER UPDATE ON sales.followups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.followups FOR EACH ROW EXECUTE FUNCTION private.stamp('name_sort', 'search_text', 'search_grams');
CREATE TRIGGER touch_customer AFTER INSERT OR UPDATE OF happened_at ON sales.followups FOR EACH ROW EXECUTE FUNCTION private.followup_touch_customer();

alter table sales.followups enable row level security;
alter table sales.followups force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds followup rows the caller may write" on sales.followups
    for insert to salesdesk_api
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('followup'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes followup rows the caller may write" on sales.followups
    for update to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('followup'::text, true) AS shared_record_ids))::bigint[])))
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('followup'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads followup rows the caller may see" on sales.followups
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR owner_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)) OR (id = ANY ((( SELECT private.shared_record_ids('followup'::text) AS shared_record_ids))::bigint[])));
