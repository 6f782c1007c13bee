-- sales.org_units, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0001_core.sql

create table sales.org_units (
    id bigint generated always as identity not null,
    parent_id bigint,
    code text not null,
    name text not null,
    kind text not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint org_units_pkey PRIMARY KEY (id),
    constraint org_units_code_key UNIQUE (code),
    constraint org_units_check CHECK (parent_id IS DISTINCT FROM id),
    constraint org_units_code_check CHECK (code ~ '^[A-Za-z0-9_.-]{1,40}$'::text),
    constraint org_units_kind_check CHECK (kind = ANY (ARRAY['hq'::text, 'region'::text, 'branch'::text, 'team'::text, 'department'::text])),
    constraint org_units_name_check CHECK (btrim(name) <> ''::text),
    constraint org_units_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES sales.org_units(id)
);
alter table sales.org_units owner to salesdesk_owner;
grant select on table sales.org_units to salesdesk_api;

CREATE INDEX org_units_parent_idx ON sales.org_units USING btree (parent_id);
CREATE TRIGGER receivable_tree_moved AFTER UPDATE ON sales.org_units REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_tree_units_moved();
CREATE TRIGGER refresh_visibility AFTER INSERT OR DELETE OR UPDATE OF parent_id ON sales.org_units FOR EACH STATEMENT EXECUTE FUNCTION private.refresh_visibility_trigger();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.org_units FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.org_units enable row level security;
alter table sales.org_units force row level security;

-- Written in: 0004_hard_shell.sql
create policy "the API reads the org chart for employees" on sales.org_units
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);
