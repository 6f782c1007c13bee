-- sales.target_versions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0034_targets.sql

create table sales.target_versions (
    id bigint generated always as identity not null,
    owner_id bigint not null,
    fiscal_year integer default 2026 not null,
    metric text default 'contract_amount'::text not null,
    number integer default 0 not null,
    status text default 'draft'::text not null,
    reason text,
    based_on bigint,
    submitted_at timestamp with time zone,
    submitted_by bigint,
    published_at timestamp with time zone,
    published_by bigint,
    superseded_at timestamp with time zone,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint target_versions_pkey PRIMARY KEY (id),
    constraint target_versions_fiscal_year_check CHECK (fiscal_year >= 1900 AND fiscal_year <= 9999),
    constraint target_versions_reason_check CHECK (length(reason) <= 1000),
    constraint target_versions_status_check CHECK (status = ANY (ARRAY['draft'::text, 'submitted'::text, 'published'::text, 'superseded'::text, 'rejected'::text, 'withdrawn'::text])),
    constraint target_versions_based_on_fkey FOREIGN KEY (based_on) REFERENCES sales.target_versions(id),
    constraint target_versions_metric_fkey FOREIGN KEY (metric) REFERENCES sales.metrics(code),
    constraint target_versions_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES sales.employees(id),
    constraint target_versions_published_by_fkey FOREIGN KEY (published_by) REFERENCES sales.employees(id),
    constraint target_versions_submitted_by_fkey FOREIGN KEY (submitted_by) REFERENCES sales.employees(id)
);
alter table sales.target_versions owner to salesdesk_owner;
grant select on table sales.target_versions to salesdesk_api;
grant insert (owner_id, reason) on table sales.target_versions to salesdesk_api;
grant update (reason) on table sales.target_versions to salesdesk_api;

CREATE INDEX target_versions_fiscal_year_id_idx ON sales.target_versions USING btree (fiscal_year, id);
CREATE UNIQUE INDEX target_versions_number_idx ON sales.target_versions USING btree (fiscal_year, metric, number) WHERE (number > 0);
CREATE INDEX target_versions_owner_id_fiscal_year_id_idx ON sales.target_versions USING btree (owner_id, fiscal_year, id);
CREATE INDEX target_versions_owner_id_updated_at_id_idx ON sales.target_versions USING btree (owner_id, updated_at, id);
CREATE INDEX target_versions_owner_idx ON sales.target_versions USING btree (owner_id) INCLUDE (id);
CREATE UNIQUE INDEX target_versions_published_idx ON sales.target_versions USING btree (fiscal_year, metric) WHERE (status = 'published'::text);
CREATE INDEX target_versions_updated_at_id_idx ON sales.target_versions USING btree (updated_at, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.target_versions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('target_version');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.target_versions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('target_version');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.target_versions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('target_version');
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.target_versions FOR EACH ROW EXECUTE FUNCTION private.stamp();
CREATE TRIGGER target_version_rules BEFORE INSERT OR UPDATE ON sales.target_versions FOR EACH ROW EXECUTE FUNCTION private.target_version_rules();

alter table sales.target_versions enable row level security;
alter table sales.target_versions force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds target_version rows the caller may write" on sales.target_versions
    for insert to salesdesk_api
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes target_version rows the caller may write" on sales.target_versions
    for update to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])))
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads target_version rows the caller may see" on sales.target_versions
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR owner_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)));
