-- sales.opportunity_members, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0018_opportunities.sql

create table sales.opportunity_members (
    id bigint generated always as identity not null,
    opportunity_id bigint not null,
    employee_id bigint not null,
    role text default 'other'::text not null,
    access text default 'read'::text not null,
    credit_share numeric(5,2) default 0 not null,
    overlay_credit numeric(5,2),
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint opportunity_members_pkey PRIMARY KEY (id),
    constraint opportunity_members_opportunity_id_employee_id_key UNIQUE (opportunity_id, employee_id),
    constraint opportunity_members_access_check CHECK (access = ANY (ARRAY['read'::text, 'write'::text])),
    constraint opportunity_members_credit_share_check CHECK (credit_share >= 0::numeric AND credit_share <= 100::numeric),
    constraint opportunity_members_overlay_credit_check CHECK (overlay_credit >= 0::numeric AND overlay_credit <= 100::numeric),
    constraint opportunity_members_role_check CHECK (role = ANY (ARRAY['lead'::text, 'presales'::text, 'support'::text, 'finance'::text, 'other'::text])),
    constraint opportunity_members_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES sales.employees(id),
    constraint opportunity_members_opportunity_id_fkey FOREIGN KEY (opportunity_id) REFERENCES sales.opportunities(id)
);
alter table sales.opportunity_members owner to salesdesk_owner;
grant select, delete on table sales.opportunity_members to salesdesk_api;
grant insert (opportunity_id, employee_id, role, access, credit_share, overlay_credit) on table sales.opportunity_members to salesdesk_api;
grant update (role, access, credit_share, overlay_credit) on table sales.opportunity_members to salesdesk_api;

CREATE INDEX opportunity_members_employee_id_idx ON sales.opportunity_members USING btree (employee_id, opportunity_id);
CREATE TRIGGER check_member BEFORE INSERT OR UPDATE OF employee_id ON sales.opportunity_members FOR EACH ROW EXECUTE FUNCTION private.check_member();
CREATE CONSTRAINT TRIGGER credit_shares AFTER INSERT OR DELETE OR UPDATE ON sales.opportunity_members DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION private.check_credit_shares();
CREATE TRIGGER ledger_delete AFTER DELETE ON sales.opportunity_members REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_team_changed();
CREATE TRIGGER ledger_insert AFTER INSERT ON sales.opportunity_members REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_team_changed();
CREATE TRIGGER ledger_update AFTER UPDATE ON sales.opportunity_members REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_team_changed();
CREATE TRIGGER member_changed AFTER INSERT OR DELETE OR UPDATE ON sales.opportunity_members FOR EACH ROW EXECUTE FUNCTION private.member_changed('opportunity', 'opportunity_id', 'employee_id');
CREATE TRIGGER route_sets_delete AFTER DELETE ON sales.opportunity_members REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER route_sets_insert AFTER INSERT ON sales.opportunity_members REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER route_sets_update AFTER UPDATE ON sales.opportunity_members REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.route_sets_changed();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.opportunity_members FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.opportunity_members enable row level security;
alter table sales.opportunity_members force row level security;

-- Written in: 0018_opportunities.sql
create policy "a deal's team is seen with the deal" on sales.opportunity_members
    for select to salesdesk_api
    using ((EXISTS ( SELECT 1
   FROM sales.opportunities o
  WHERE o.id = opportunity_members.opportunity_id)));

-- Written in: 0018_opportunities.sql
create policy "who may hand a deal on adds to its team" on sales.opportunity_members
    for insert to salesdesk_api
    with check (( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder('opportunity'::text, opportunity_members.opportunity_id) h(owner_id, pool_id)));

-- Written in: 0018_opportunities.sql
create policy "who may hand a deal on changes its team" on sales.opportunity_members
    for update to salesdesk_api
    using (( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder('opportunity'::text, opportunity_members.opportunity_id) h(owner_id, pool_id)))
    with check (( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder('opportunity'::text, opportunity_members.opportunity_id) h(owner_id, pool_id)));

-- Written in: 0018_opportunities.sql
create policy "who may hand a deal on removes from its team" on sales.opportunity_members
    for delete to salesdesk_api
    using (( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder('opportunity'::text, opportunity_members.opportunity_id) h(owner_id, pool_id)));
