-- sales.record_shares, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0001_core.sql

create table sales.record_shares (
    id bigint generated always as identity not null,
    kind text not null,
    record_id bigint not null,
    employee_id bigint not null,
    access text default 'read'::text not null,
    expires_at timestamp with time zone,
    note text,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint record_shares_pkey PRIMARY KEY (id),
    constraint record_shares_kind_record_id_employee_id_key UNIQUE (kind, record_id, employee_id),
    constraint record_shares_access_check CHECK (access = ANY (ARRAY['read'::text, 'write'::text])),
    constraint record_shares_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES sales.employees(id),
    constraint record_shares_kind_fkey FOREIGN KEY (kind) REFERENCES private.record_kinds(kind)
);
alter table sales.record_shares owner to salesdesk_owner;
grant select, delete on table sales.record_shares to salesdesk_api;
grant update (access, expires_at, note) on table sales.record_shares to salesdesk_api;
grant insert (kind, record_id, employee_id, access, expires_at, note) on table sales.record_shares to salesdesk_api;

CREATE INDEX record_shares_employee_idx ON sales.record_shares USING btree (employee_id, kind);
CREATE TRIGGER check_share BEFORE INSERT OR UPDATE OF employee_id, kind, record_id ON sales.record_shares FOR EACH ROW EXECUTE FUNCTION private.check_share();
CREATE TRIGGER share_changed AFTER INSERT OR DELETE OR UPDATE ON sales.record_shares FOR EACH ROW EXECUTE FUNCTION private.share_changed();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.record_shares FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.record_shares enable row level security;
alter table sales.record_shares force row level security;

-- Written in: 0004_hard_shell.sql
create policy "a share is removed by its recipient or who may hand the record " on sales.record_shares
    for delete to salesdesk_api
    using (employee_id = (( SELECT private.current_employee_id() AS current_employee_id)) OR ( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder(record_shares.kind, record_shares.record_id) h(owner_id, pool_id)));

-- Written in: 0004_hard_shell.sql
create policy "a share is seen by its recipient and by who may hand the record" on sales.record_shares
    for select to salesdesk_api
    using (employee_id = (( SELECT private.current_employee_id() AS current_employee_id)) OR ( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder(record_shares.kind, record_shares.record_id) h(owner_id, pool_id)));

-- Written in: 0004_hard_shell.sql
create policy "who may hand a record on changes its shares" on sales.record_shares
    for update to salesdesk_api
    using (( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder(record_shares.kind, record_shares.record_id) h(owner_id, pool_id)))
    with check (( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder(record_shares.kind, record_shares.record_id) h(owner_id, pool_id)));

-- Written in: 0004_hard_shell.sql
create policy "who may hand a record on shares it" on sales.record_shares
    for insert to salesdesk_api
    with check (( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder(record_shares.kind, record_shares.record_id) h(owner_id, pool_id)));
