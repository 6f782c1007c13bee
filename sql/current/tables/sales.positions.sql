-- sales.positions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0001_core.sql, 0016_permissions_products.sql

create table sales.positions (
    id bigint generated always as identity not null,
    code text not null,
    name text not null,
    name_en text,
    level text not null,
    data_scope text not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint positions_pkey PRIMARY KEY (id),
    constraint positions_code_key UNIQUE (code),
    constraint positions_code_check CHECK (code ~ '^[a-z][a-z0-9_]{1,40}$'::text),
    constraint positions_data_scope_check CHECK (data_scope = ANY (ARRAY['self'::text, 'subordinates'::text, 'unit'::text, 'unit_tree'::text, 'all'::text])),
    constraint positions_level_check CHECK (level = ANY (ARRAY['director'::text, 'manager'::text, 'supervisor'::text, 'salesperson'::text, 'assistant'::text, 'admin'::text])),
    constraint positions_name_check CHECK (btrim(name) <> ''::text)
);
alter table sales.positions owner to salesdesk_owner;
grant select on table sales.positions to salesdesk_api;

CREATE TRIGGER refresh_visibility AFTER INSERT OR DELETE OR UPDATE OF data_scope ON sales.positions FOR EACH STATEMENT EXECUTE FUNCTION private.refresh_visibility_trigger();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.positions FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.positions enable row level security;
alter table sales.positions force row level security;

-- Written in: 0004_hard_shell.sql
create policy "the API reads the positions for employees" on sales.positions
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);
