-- sales.opportunities, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0018_opportunities.sql

create table sales.opportunities (
    id bigint generated always as identity not null,
    owner_id bigint not null,
    customer_id bigint not null,
    title text not null,
    amount numeric(14,2) default 0 not null,
    expected_close_date date,
    stage_id bigint not null,
    probability numeric(5,2) not null,
    forecast_category text not null,
    source text,
    competitors text,
    next_step text,
    won_lost_reason text,
    notes text,
    closed_at timestamp with time zone,
    archived_at timestamp with time zone,
    name_sort text collate "C" not null,
    search_text text,
    search_grams text[],
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    amount_key bigint generated always as (((amount * (100)::numeric))::bigint) stored,
    constraint opportunities_pkey PRIMARY KEY (id),
    constraint opportunities_amount_check CHECK (amount >= 0::numeric),
    constraint opportunities_competitors_check CHECK (length(competitors) <= 500),
    constraint opportunities_forecast_category_check CHECK (forecast_category = ANY (ARRAY['pipeline'::text, 'best_case'::text, 'commit'::text, 'closed'::text, 'omitted'::text])),
    constraint opportunities_next_step_check CHECK (length(next_step) <= 500),
    constraint opportunities_notes_check CHECK (length(notes) <= 4000),
    constraint opportunities_probability_check CHECK (probability >= 0::numeric AND probability <= 100::numeric),
    constraint opportunities_title_check CHECK (btrim(title) = title AND title <> ''::text AND length(title) <= 200),
    constraint opportunities_won_lost_reason_check CHECK (length(won_lost_reason) <= 500),
    constraint opportunities_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES sales.customers(id),
    constraint opportunities_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES sales.employees(id),
    constraint opportunities_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES sales.opportunity_stages(id)
);
alter table sales.opportunities owner to salesdesk_owner;
grant select on table sales.opportunities to salesdesk_api;
grant update (customer_id, title, amount, expected_close_date, stage_id, probability, source, competitors, next_step, won_lost_reason, notes, archived_at) on table sales.opportunities to salesdesk_api;
grant insert (owner_id, customer_id, title, amount, expected_close_date, stage_id, probability, source, competitors, next_step, won_lost_reason, notes) on table sales.opportunities to salesdesk_api;

CREATE INDEX opportunities_amount_idx ON sales.opportunities USING btree (amount, id);
CREATE INDEX opportunities_amount_key_id_idx ON sales.opportunities USING btree (amount_key, id);
CREATE INDEX opportunities_close_idx ON sales.opportunities USING btree (expected_close_date, id);
CREATE INDEX opportunities_closed_idx ON sales.opportunities USING btree (closed_at) WHERE (closed_at IS NOT NULL);
CREATE INDEX opportunities_created_idx ON sales.opportunities USING btree (created_at);
CREATE INDEX opportunities_customer_id_idx ON sales.opportunities USING btree (customer_id);
CREATE INDEX opportunities_name_idx ON sales.opportunities USING btree (name_sort, id);
CREATE INDEX opportunities_owner_id_amount_key_id_idx ON sales.opportunities USING btree (owner_id, amount_key, id);
CREATE INDEX opportunities_owner_id_expected_close_date_id_idx ON sales.opportunities USING btree (owner_id, expected_close_date, id);
CREATE INDEX opportunities_owner_id_stage_id_id_idx ON sales.opportunities USING btree (owner_id, stage_id, id);
CREATE INDEX opportunities_owner_id_updated_at_id_idx ON sales.opportunities USING btree (owner_id, updated_at, id);
CREATE INDEX opportunities_owner_idx ON sales.opportunities USING btree (owner_id, name_sort, id);
CREATE INDEX opportunities_search_idx ON sales.opportunities USING gin (search_grams);
CREATE INDEX opportunities_stage_idx ON sales.opportunities USING btree (stage_id, id);
CREATE INDEX opportunities_updated_idx ON sales.opportunities USING btree (updated_at, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.opportunities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('opportunity');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.opportunities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('opportunity');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.opportunities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('opportunity');
CREATE TRIGGER check_reference_customer_id BEFORE INSERT OR UPDATE OF customer_id ON sales.opportunities FOR EACH ROW EXECUTE FUNCTION private.check_reference_opportunities_customer_id();
CREATE TRIGGER derive BEFORE INSERT OR UPDATE ON sales.opportunities FOR EACH ROW EXECUTE FUNCTION private.opportunity_derive();
CREATE TRIGGER forecast_deleted AFTER DELETE ON sales.opportunities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.forecast_totals_changed();
CREATE TRIGGER forecast_emptied AFTER TRUNCATE ON sales.opportunities FOR EACH STATEMENT EXECUTE FUNCTION private.forecast_totals_emptied();
CREATE TRIGGER forecast_inserted AFTER INSERT ON sales.opportunities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.forecast_totals_changed();
CREATE TRIGGER forecast_updated AFTER UPDATE ON sales.opportunities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.forecast_totals_changed();
CREATE TRIGGER keeps_followups BEFORE UPDATE OF customer_id ON sales.opportunities FOR EACH ROW WHEN (new.customer_id IS DISTINCT FROM old.customer_id) EXECUTE FUNCTION private.opportunity_keeps_followups();
CREATE TRIGGER route_sets_delete AFTER DELETE ON sales.opportunities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER route_sets_insert AFTER INSERT ON sales.opportunities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER route_sets_update AFTER UPDATE ON sales.opportunities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER stage_close_deleted AFTER DELETE ON sales.opportunities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_deals_changed();
CREATE TRIGGER stage_close_emptied AFTER TRUNCATE ON sales.opportunities FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_emptied();
CREATE TRIGGER stage_close_inserted AFTER INSERT ON sales.opportunities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_deals_changed();
CREATE TRIGGER stage_close_updated AFTER UPDATE ON sales.opportunities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_deals_changed();
CREATE TRIGGER stage_logged AFTER INSERT OR UPDATE OF stage_id ON sales.opportunities FOR EACH ROW EXECUTE FUNCTION private.opportunity_stage_logged();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.opportunities FOR EACH ROW EXECUTE FUNCTION private.stamp('name_sort', 'search_text', 'search_grams', 'forecast_category', 'closed_at', 'amount_key');
CREATE TRIGGER team_follows_owner AFTER UPDATE OF owner_id ON sales.opportunities FOR EACH ROW WHEN (new.owner_id IS DISTINCT FROM old.owner_id AND old.owner_id IS NOT NULL AND new.owner_id IS NOT NULL) EXECUTE FUNCTION private.opportunity_team_follows_owner();
CREATE TRIGGER totals_deleted AFTER DELETE ON sales.opportunities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.opportunity_totals_changed();
CREATE TRIGGER totals_emptied AFTER TRUNCATE ON sales.opportunities FOR EACH STATEMENT EXECUTE FUNCTION private.opportunity_totals_emptied();
CREATE TRIGGER totals_inserted AFTER INSERT ON sales.opportunities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.opportunity_totals_changed();
CREATE TRIGGER totals_updated AFTER UPDATE ON sales.opportunities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.opportunity_totals_changed();

alter table sales.opportunities enable row level security;
alter table sales.opportunities force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds opportunity rows the caller may write" on sales.opportunities
    for insert to salesdesk_api
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('opportunity'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes opportunity rows the caller may write" on sales.opportunities
    for update to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('opportunity'::text, true) AS shared_record_ids))::bigint[])))
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('opportunity'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads opportunity rows the caller may see" on sales.opportunities
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR owner_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)) OR (id = ANY ((( SELECT private.shared_record_ids('opportunity'::text) AS shared_record_ids))::bigint[])));
