-- sales.month_closes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0039_month_close.sql

create table sales.month_closes (
    id bigint generated always as identity not null,
    owner_id bigint not null,
    node_kind text not null,
    node_id bigint,
    month text not null,
    closed_at timestamp with time zone default now() not null,
    snapshot jsonb default '{}'::jsonb not null,
    note text,
    archived_at timestamp with time zone,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint month_closes_pkey PRIMARY KEY (id),
    constraint month_closes_check CHECK ((node_kind = 'company'::text) = (node_id IS NULL)),
    constraint month_closes_month_check CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'::text),
    constraint month_closes_month_sortable CHECK (octet_length(month) <= 2000) NOT VALID,
    constraint month_closes_node_kind_check CHECK (node_kind = ANY (ARRAY['company'::text, 'unit'::text, 'person'::text])),
    constraint month_closes_note_check CHECK (length(note) <= 2000),
    constraint month_closes_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES sales.employees(id)
);
alter table sales.month_closes owner to salesdesk_owner;
grant select on table sales.month_closes to salesdesk_api;
grant update (note) on table sales.month_closes to salesdesk_api;
grant insert (owner_id, note) on table sales.month_closes to salesdesk_api;

CREATE INDEX month_closes_closed_at_id_idx ON sales.month_closes USING btree (closed_at, id);
CREATE INDEX month_closes_month_id_idx ON sales.month_closes USING btree (month, id);
CREATE UNIQUE INDEX month_closes_node_month_idx ON sales.month_closes USING btree (node_kind, COALESCE(node_id, (0)::bigint), month);
CREATE INDEX month_closes_owner_id_closed_at_id_idx ON sales.month_closes USING btree (owner_id, closed_at, id);
CREATE INDEX month_closes_owner_id_month_id_idx ON sales.month_closes USING btree (owner_id, month, id);
CREATE INDEX month_closes_owner_idx ON sales.month_closes USING btree (owner_id) INCLUDE (id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.month_closes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('month_close');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.month_closes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('month_close');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.month_closes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('month_close');
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.month_closes FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.month_closes enable row level security;
alter table sales.month_closes force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds month_close rows the caller may write" on sales.month_closes
    for insert to salesdesk_api
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes month_close rows the caller may write" on sales.month_closes
    for update to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])))
    with check (( SELECT private.sees_all() AS sees_all) OR (owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads month_close rows the caller may see" on sales.month_closes
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR owner_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)));
