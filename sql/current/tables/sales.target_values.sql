-- sales.target_values, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0034_targets.sql

create table sales.target_values (
    id bigint generated always as identity not null,
    version_id bigint not null,
    node_kind text not null,
    node_id bigint,
    month date not null,
    tier text default 'target'::text not null,
    value numeric(16,2) not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint target_values_pkey PRIMARY KEY (id),
    constraint target_values_check CHECK ((node_kind = 'company'::text) = (node_id IS NULL)),
    constraint target_values_month_check CHECK (EXTRACT(day FROM month) = 1::numeric),
    constraint target_values_node_kind_check CHECK (node_kind = ANY (ARRAY['company'::text, 'unit'::text, 'person'::text])),
    constraint target_values_tier_check CHECK (tier = ANY (ARRAY['target'::text, 'sprint'::text, 'challenge'::text])),
    constraint target_values_value_check CHECK (value >= 0::numeric),
    constraint target_values_version_id_fkey FOREIGN KEY (version_id) REFERENCES sales.target_versions(id)
);
alter table sales.target_values owner to salesdesk_owner;
grant select on table sales.target_values to salesdesk_api;
grant update (value) on table sales.target_values to salesdesk_api;
grant insert (version_id, node_kind, node_id, month, tier, value) on table sales.target_values to salesdesk_api;

CREATE UNIQUE INDEX target_values_cell_idx ON sales.target_values USING btree (version_id, node_kind, COALESCE(node_id, (0)::bigint), month, tier);
CREATE INDEX target_values_node_idx ON sales.target_values USING btree (node_kind, node_id, month);
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.target_values FOR EACH ROW EXECUTE FUNCTION private.stamp();
CREATE TRIGGER target_value_rules BEFORE INSERT OR DELETE OR UPDATE ON sales.target_values FOR EACH ROW EXECUTE FUNCTION private.target_value_rules();

alter table sales.target_values enable row level security;
alter table sales.target_values force row level security;

-- Written in: 0034_targets.sql
create policy "employees add draft targets strictly below themselves" on sales.target_values
    for insert to salesdesk_api
    with check ((version_id = ANY ((( SELECT private.target_versions_in(ARRAY['draft'::text]) AS target_versions_in))::bigint[])) AND
CASE node_kind
    WHEN 'company'::text THEN ( SELECT private.has_permission('maintain_targets'::text) AS has_permission)
    WHEN 'unit'::text THEN node_id = ANY ((( SELECT private.target_write_units() AS target_write_units))::bigint[])
    ELSE node_id = ANY ((( SELECT private.target_write_people() AS target_write_people))::bigint[])
END);

-- Written in: 0034_targets.sql
create policy "employees change draft targets strictly below themselves" on sales.target_values
    for update to salesdesk_api
    using ((version_id = ANY ((( SELECT private.target_versions_in(ARRAY['draft'::text]) AS target_versions_in))::bigint[])) AND
CASE node_kind
    WHEN 'company'::text THEN ( SELECT private.has_permission('maintain_targets'::text) AS has_permission)
    WHEN 'unit'::text THEN node_id = ANY ((( SELECT private.target_write_units() AS target_write_units))::bigint[])
    ELSE node_id = ANY ((( SELECT private.target_write_people() AS target_write_people))::bigint[])
END)
    with check ((version_id = ANY ((( SELECT private.target_versions_in(ARRAY['draft'::text]) AS target_versions_in))::bigint[])) AND
CASE node_kind
    WHEN 'company'::text THEN ( SELECT private.has_permission('maintain_targets'::text) AS has_permission)
    WHEN 'unit'::text THEN node_id = ANY ((( SELECT private.target_write_units() AS target_write_units))::bigint[])
    ELSE node_id = ANY ((( SELECT private.target_write_people() AS target_write_people))::bigint[])
END);

-- Written in: 0034_targets.sql
create policy "employees read the targets of their scope and their own" on sales.target_values
    for select to salesdesk_api
    using ((version_id = ANY ((( SELECT private.target_versions_in(ARRAY['published'::text, 'superseded'::text]) AS target_versions_in))::bigint[])) AND
CASE node_kind
    WHEN 'company'::text THEN ( SELECT private.target_reads_company() AS target_reads_company)
    WHEN 'unit'::text THEN node_id = ANY ((( SELECT private.target_read_units() AS target_read_units))::bigint[])
    ELSE node_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])
END OR (version_id = ANY ((( SELECT private.target_versions_in(ARRAY['draft'::text, 'submitted'::text, 'rejected'::text, 'withdrawn'::text]) AS target_versions_in))::bigint[])) AND
CASE node_kind
    WHEN 'company'::text THEN ( SELECT private.has_permission('maintain_targets'::text) AS has_permission) OR ( SELECT private.target_reads_company() AS target_reads_company) AND cardinality(( SELECT private.target_write_people() AS target_write_people)) > 0
    WHEN 'unit'::text THEN (node_id = ANY ((( SELECT private.target_write_units() AS target_write_units))::bigint[])) OR node_id = (( SELECT t.node_id
       FROM private.target_my_unit() t(node_kind, node_id))) AND cardinality(( SELECT private.target_write_people() AS target_write_people)) > 0
    ELSE (node_id = ANY ((( SELECT private.target_write_people() AS target_write_people))::bigint[])) OR node_id = (( SELECT private.current_employee_id() AS current_employee_id)) AND cardinality(( SELECT private.target_write_people() AS target_write_people)) > 0
END);
