-- sales.sales_processes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0018_opportunities.sql

create table sales.sales_processes (
    id bigint generated always as identity not null,
    code text not null,
    name text not null,
    name_en text not null,
    active boolean default true not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint sales_processes_pkey PRIMARY KEY (id),
    constraint sales_processes_code_key UNIQUE (code),
    constraint sales_processes_code_check CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'::text),
    constraint sales_processes_name_check CHECK (btrim(name) = name AND name <> ''::text AND length(name) <= 100),
    constraint sales_processes_name_en_check CHECK (btrim(name_en) = name_en AND name_en <> ''::text AND length(name_en) <= 100)
);
alter table sales.sales_processes owner to salesdesk_owner;
grant select on table sales.sales_processes to salesdesk_api;
grant insert (code, name, name_en, active) on table sales.sales_processes to salesdesk_api;
grant update (name, name_en, active) on table sales.sales_processes to salesdesk_api;

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.sales_processes FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.sales_processes enable row level security;
alter table sales.sales_processes force row level security;

-- Written in: 0018_opportunities.sql
create policy "every employee reads the sales processes" on sales.sales_processes
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);

-- Written in: 0018_opportunities.sql
create policy "maintain_picklists adds sales processes" on sales.sales_processes
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission));

-- Written in: 0018_opportunities.sql
create policy "maintain_picklists changes sales processes" on sales.sales_processes
    for update to salesdesk_api
    using (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission))
    with check (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission));
