-- sales.position_permissions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0016_permissions_products.sql

create table sales.position_permissions (
    position_id bigint not null,
    permission text not null,
    granted_at timestamp with time zone default now() not null,
    granted_by bigint,
    constraint position_permissions_pkey PRIMARY KEY (position_id, permission),
    constraint position_permissions_permission_fkey FOREIGN KEY (permission) REFERENCES sales.permissions(code),
    constraint position_permissions_position_id_fkey FOREIGN KEY (position_id) REFERENCES sales.positions(id) ON DELETE CASCADE
);
alter table sales.position_permissions owner to salesdesk_owner;
grant select, delete on table sales.position_permissions to salesdesk_api;
grant insert (position_id, permission, granted_by) on table sales.position_permissions to salesdesk_api;

CREATE INDEX position_permissions_permission_idx ON sales.position_permissions USING btree (permission);

alter table sales.position_permissions enable row level security;
alter table sales.position_permissions force row level security;

-- Written in: 0016_permissions_products.sql
create policy "every employee reads who holds which permission" on sales.position_permissions
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);

-- Written in: 0016_permissions_products.sql
create policy "manage_users grants permissions" on sales.position_permissions
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('manage_users'::text) AS has_permission));

-- Written in: 0016_permissions_products.sql
create policy "manage_users revokes permissions" on sales.position_permissions
    for delete to salesdesk_api
    using (( SELECT private.has_permission('manage_users'::text) AS has_permission));
