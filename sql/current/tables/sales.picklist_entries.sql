-- sales.picklist_entries, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0013_picklists_pinyin.sql

create table sales.picklist_entries (
    id bigint generated always as identity not null,
    kind text not null,
    name text not null,
    sort_order integer default 0 not null,
    active boolean default true not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint picklist_entries_pkey PRIMARY KEY (id),
    constraint picklist_entries_kind_name_key UNIQUE (kind, name),
    constraint picklist_entries_kind_check CHECK (kind = ANY (ARRAY['industry'::text, 'source'::text, 'region'::text])),
    constraint picklist_entries_name_check CHECK (btrim(name) = name AND name <> ''::text AND length(name) <= 200)
);
alter table sales.picklist_entries owner to salesdesk_owner;
grant select on table sales.picklist_entries to salesdesk_api;
grant insert (kind, name, sort_order, active) on table sales.picklist_entries to salesdesk_api;
grant update (name, sort_order, active) on table sales.picklist_entries to salesdesk_api;

CREATE TRIGGER renamed AFTER UPDATE OF name, kind ON sales.picklist_entries FOR EACH ROW WHEN (new.name IS DISTINCT FROM old.name OR new.kind IS DISTINCT FROM old.kind) EXECUTE FUNCTION private.picklist_renamed();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.picklist_entries FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.picklist_entries enable row level security;
alter table sales.picklist_entries force row level security;

-- Written in: 0013_picklists_pinyin.sql
create policy "every employee reads the picklists" on sales.picklist_entries
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);

-- Written in: 0016_permissions_products.sql
create policy "maintain_picklists adds picklist entries" on sales.picklist_entries
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission));

-- Written in: 0016_permissions_products.sql
create policy "maintain_picklists changes picklist entries" on sales.picklist_entries
    for update to salesdesk_api
    using (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission))
    with check (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission));
