-- sales.instalments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0029_payments.sql

create table sales.instalments (
    id bigint generated always as identity not null,
    contract_id bigint not null,
    due_on date not null,
    amount numeric(14,2) not null,
    note text,
    plan_version integer default 1 not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint instalments_pkey PRIMARY KEY (id),
    constraint instalments_amount_check CHECK (amount > 0::numeric),
    constraint instalments_note_check CHECK (length(note) <= 500),
    constraint instalments_plan_version_check CHECK (plan_version >= 1),
    constraint instalments_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES sales.contracts(id)
);
alter table sales.instalments owner to salesdesk_owner;
grant select, delete on table sales.instalments to salesdesk_api;
grant insert (contract_id, due_on, amount, note, plan_version) on table sales.instalments to salesdesk_api;
grant update (due_on, amount, note) on table sales.instalments to salesdesk_api;

CREATE INDEX instalments_contract_id_updated_at_id_idx ON sales.instalments USING btree (contract_id, updated_at, id);
CREATE INDEX instalments_contract_idx ON sales.instalments USING btree (contract_id, due_on, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.instalments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('instalment');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.instalments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('instalment');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.instalments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('instalment');
CREATE TRIGGER check_reference_contract_id BEFORE INSERT OR UPDATE OF contract_id ON sales.instalments FOR EACH ROW EXECUTE FUNCTION private.check_reference_instalments_contract_id();
CREATE TRIGGER money_check BEFORE INSERT OR UPDATE OF contract_id ON sales.instalments FOR EACH ROW EXECUTE FUNCTION private.instalment_check();
CREATE TRIGGER receivables_deleted AFTER DELETE ON sales.instalments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivables_changed();
CREATE TRIGGER receivables_inserted AFTER INSERT ON sales.instalments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivables_changed();
CREATE TRIGGER receivables_updated AFTER UPDATE ON sales.instalments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.receivables_changed();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.instalments FOR EACH ROW EXECUTE FUNCTION private.stamp();
CREATE CONSTRAINT TRIGGER sum_check AFTER INSERT OR DELETE OR UPDATE ON sales.instalments DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION private.instalments_sum_check();

alter table sales.instalments enable row level security;
alter table sales.instalments force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds instalment rows the caller may write" on sales.instalments
    for insert to salesdesk_api
    with check (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = instalments.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes instalment rows the caller may write" on sales.instalments
    for update to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = instalments.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false))
    with check (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = instalments.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads instalment rows the caller may see" on sales.instalments
    for select to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = instalments.contract_id), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API removes instalment rows the caller may write" on sales.instalments
    for delete to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = instalments.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false));
