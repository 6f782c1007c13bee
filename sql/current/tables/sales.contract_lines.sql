-- sales.contract_lines, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0027_contract_kind.sql

create table sales.contract_lines (
    id bigint generated always as identity not null,
    contract_id bigint not null,
    product_id bigint not null,
    quantity numeric(14,3) not null,
    unit_price numeric(14,2) not null,
    discount numeric(5,2) default 0 not null,
    tax_rate numeric(5,2) default 13 not null,
    notes text,
    amount numeric(14,2) generated always as (round(((quantity * unit_price) * ((1)::numeric - (discount / (100)::numeric))), 2)) stored,
    tax_amount numeric(14,2) generated always as (round(((round(((quantity * unit_price) * ((1)::numeric - (discount / (100)::numeric))), 2) * tax_rate) / (100)::numeric), 2)) stored,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint contract_lines_pkey PRIMARY KEY (id),
    constraint contract_lines_discount_check CHECK (discount >= 0::numeric AND discount <= 100::numeric),
    constraint contract_lines_notes_check CHECK (length(notes) <= 500),
    constraint contract_lines_quantity_check CHECK (quantity > 0::numeric),
    constraint contract_lines_tax_rate_check CHECK (tax_rate >= 0::numeric AND tax_rate <= 100::numeric),
    constraint contract_lines_unit_price_check CHECK (unit_price >= 0::numeric),
    constraint contract_lines_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES sales.contracts(id),
    constraint contract_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES sales.products(id)
);
alter table sales.contract_lines owner to salesdesk_owner;
grant select, delete on table sales.contract_lines to salesdesk_api;
grant insert (contract_id, product_id, quantity, unit_price, discount, tax_rate, notes) on table sales.contract_lines to salesdesk_api;
grant update (product_id, quantity, unit_price, discount, tax_rate, notes) on table sales.contract_lines to salesdesk_api;

CREATE INDEX contract_lines_contract_id_updated_at_id_idx ON sales.contract_lines USING btree (contract_id, updated_at, id);
CREATE INDEX contract_lines_contract_idx ON sales.contract_lines USING btree (contract_id, id);
CREATE INDEX contract_lines_product_idx ON sales.contract_lines USING btree (product_id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.contract_lines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('contract_line');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.contract_lines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('contract_line');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.contract_lines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('contract_line');
CREATE TRIGGER editable_only_in_draft BEFORE INSERT OR DELETE OR UPDATE ON sales.contract_lines FOR EACH ROW EXECUTE FUNCTION private.contract_line_guard();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.contract_lines FOR EACH ROW EXECUTE FUNCTION private.stamp();
CREATE TRIGGER totals_follow AFTER INSERT OR DELETE OR UPDATE OF quantity, unit_price, discount, tax_rate, contract_id ON sales.contract_lines FOR EACH ROW EXECUTE FUNCTION private.contract_lines_changed();

alter table sales.contract_lines enable row level security;
alter table sales.contract_lines force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds contract_line rows the caller may write" on sales.contract_lines
    for insert to salesdesk_api
    with check (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = contract_lines.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes contract_line rows the caller may write" on sales.contract_lines
    for update to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = contract_lines.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false))
    with check (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = contract_lines.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads contract_line rows the caller may see" on sales.contract_lines
    for select to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = contract_lines.contract_id), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API removes contract_line rows the caller may write" on sales.contract_lines
    for delete to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.contracts
  WHERE contracts.id = contract_lines.contract_id AND (( SELECT private.sees_all() AS sees_all) OR (contracts.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (contracts.id = ANY ((( SELECT private.shared_record_ids('contract'::text, true) AS shared_record_ids))::bigint[])))), false));
