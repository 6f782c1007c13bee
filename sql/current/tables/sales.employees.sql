-- sales.employees, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0001_core.sql, 0005_search.sql, 0013_picklists_pinyin.sql

create table sales.employees (
    id bigint generated always as identity not null,
    login text collate "C" not null,
    name text not null,
    unit_id bigint not null,
    position_id bigint not null,
    manager_id bigint,
    email text,
    phone text,
    active boolean default true not null,
    left_at timestamp with time zone,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    name_sort text collate "C" not null,
    constraint employees_pkey PRIMARY KEY (id),
    constraint employees_login_key UNIQUE (login),
    constraint employees_check CHECK (manager_id IS DISTINCT FROM id),
    constraint employees_email_check CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'::text),
    constraint employees_login_check CHECK (login ~ '^[a-z][a-z0-9_.]{1,62}$'::text),
    constraint employees_name_check CHECK (btrim(name) <> ''::text),
    constraint employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES sales.employees(id),
    constraint employees_position_id_fkey FOREIGN KEY (position_id) REFERENCES sales.positions(id),
    constraint employees_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES sales.org_units(id)
);
alter table sales.employees owner to salesdesk_owner;
grant select on table sales.employees to salesdesk_api;

CREATE INDEX employees_manager_idx ON sales.employees USING btree (manager_id);
CREATE INDEX employees_sort_idx ON sales.employees USING btree (name_sort, id);
CREATE INDEX employees_unit_member_idx ON sales.employees USING btree (unit_id, id);
CREATE TRIGGER derive BEFORE INSERT OR UPDATE OF name ON sales.employees FOR EACH ROW EXECUTE FUNCTION private.employee_derive();
CREATE TRIGGER employee_units_added AFTER INSERT ON sales.employees REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.employee_units_added();
CREATE TRIGGER employee_units_moved AFTER UPDATE ON sales.employees REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.employee_units_moved();
CREATE TRIGGER forecast_units_moved AFTER UPDATE ON sales.employees REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.forecast_units_moved();
CREATE TRIGGER lookup_quota AFTER INSERT OR DELETE ON sales.employees FOR EACH ROW EXECUTE FUNCTION private.employee_lookup_quota();
CREATE TRIGGER receivable_tree_moved AFTER UPDATE ON sales.employees REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivable_tree_owners_moved();
CREATE TRIGGER refresh_visibility AFTER INSERT OR DELETE OR UPDATE OF manager_id, unit_id, position_id, active ON sales.employees FOR EACH STATEMENT EXECUTE FUNCTION private.refresh_visibility_trigger();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.employees FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.employees enable row level security;
alter table sales.employees force row level security;

-- Written in: 0004_hard_shell.sql
create policy "the API reads the staff directory for employees" on sales.employees
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);
