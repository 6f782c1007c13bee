-- sales.performance_settings, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0033_performance_basis.sql

create table sales.performance_settings (
    id boolean default true not null,
    fiscal_year_start smallint default 1 not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint performance_settings_pkey PRIMARY KEY (id),
    constraint performance_settings_fiscal_year_start_check CHECK (fiscal_year_start >= 1 AND fiscal_year_start <= 12),
    constraint performance_settings_id_check CHECK (id)
);
alter table sales.performance_settings owner to salesdesk_owner;
grant select on table sales.performance_settings to salesdesk_api;

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.performance_settings FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.performance_settings enable row level security;
alter table sales.performance_settings force row level security;

-- Written in: 0033_performance_basis.sql
create policy "every employee reads the performance settings" on sales.performance_settings
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);
