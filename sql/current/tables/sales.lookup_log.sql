-- sales.lookup_log, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0007_customers_api.sql, 0047_import_bulk.sql

create table sales.lookup_log (
    id bigint generated always as identity not null,
    at timestamp with time zone default now() not null,
    actor_id bigint not null,
    name text,
    phone text,
    matches integer not null,
    hidden integer not null,
    kind text default 'customer'::text not null,
    constraint lookup_log_pkey PRIMARY KEY (id),
    constraint lookup_log_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES sales.employees(id)
);
alter table sales.lookup_log owner to salesdesk_owner;
grant select on table sales.lookup_log to salesdesk_api;

CREATE INDEX lookup_log_actor_idx ON sales.lookup_log USING btree (actor_id, at);

alter table sales.lookup_log enable row level security;
alter table sales.lookup_log force row level security;

-- Written in: 0007_customers_api.sql
create policy "lookups are read by whoever has the asker in scope" on sales.lookup_log
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (actor_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])));
