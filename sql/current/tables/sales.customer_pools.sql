-- sales.customer_pools, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0002_customers.sql

create table sales.customer_pools (
    id bigint generated always as identity not null,
    unit_id bigint not null,
    name text not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint customer_pools_pkey PRIMARY KEY (id),
    constraint customer_pools_unit_id_key UNIQUE (unit_id),
    constraint customer_pools_name_check CHECK (btrim(name) <> ''::text),
    constraint customer_pools_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES sales.org_units(id)
);
alter table sales.customer_pools owner to salesdesk_owner;
grant select on table sales.customer_pools to salesdesk_api;

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.customer_pools FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.customer_pools enable row level security;
alter table sales.customer_pools force row level security;

-- Written in: 0004_hard_shell.sql
create policy "the API reads the pools the caller sees" on sales.customer_pools
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (unit_id = ANY ((( SELECT private.visible_pool_unit_ids() AS visible_pool_unit_ids))::bigint[])));
