-- sales.opportunity_lines, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0018_opportunities.sql

create table sales.opportunity_lines (
    id bigint generated always as identity not null,
    opportunity_id bigint not null,
    product_id bigint not null,
    quantity numeric(14,3) not null,
    unit_price numeric(14,2) not null,
    discount numeric(5,2) default 0 not null,
    notes text,
    amount numeric(14,2) generated always as (round(((quantity * unit_price) * ((1)::numeric - (discount / (100)::numeric))), 2)) stored,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint opportunity_lines_pkey PRIMARY KEY (id),
    constraint opportunity_lines_discount_check CHECK (discount >= 0::numeric AND discount <= 100::numeric),
    constraint opportunity_lines_notes_check CHECK (length(notes) <= 500),
    constraint opportunity_lines_quantity_check CHECK (quantity > 0::numeric),
    constraint opportunity_lines_unit_price_check CHECK (unit_price >= 0::numeric),
    constraint opportunity_lines_opportunity_id_fkey FOREIGN KEY (opportunity_id) REFERENCES sales.opportunities(id),
    constraint opportunity_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES sales.products(id)
);
alter table sales.opportunity_lines owner to salesdesk_owner;
grant select, delete on table sales.opportunity_lines to salesdesk_api;
grant insert (opportunity_id, product_id, quantity, unit_price, discount, notes) on table sales.opportunity_lines to salesdesk_api;
grant update (product_id, quantity, unit_price, discount, notes) on table sales.opportunity_lines to salesdesk_api;

CREATE INDEX opportunity_lines_opportunity_id_updated_at_id_idx ON sales.opportunity_lines USING btree (opportunity_id, updated_at, id);
CREATE INDEX opportunity_lines_opportunity_idx ON sales.opportunity_lines USING btree (opportunity_id, id);
CREATE INDEX opportunity_lines_product_idx ON sales.opportunity_lines USING btree (product_id);
CREATE TRIGGER amount_follows AFTER INSERT OR DELETE OR UPDATE OF quantity, unit_price, discount, opportunity_id ON sales.opportunity_lines FOR EACH ROW EXECUTE FUNCTION private.opportunity_lines_changed();
CREATE TRIGGER audit_delete AFTER DELETE ON sales.opportunity_lines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('opportunity_line');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.opportunity_lines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('opportunity_line');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.opportunity_lines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('opportunity_line');
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.opportunity_lines FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.opportunity_lines enable row level security;
alter table sales.opportunity_lines force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds opportunity_line rows the caller may write" on sales.opportunity_lines
    for insert to salesdesk_api
    with check (COALESCE(( SELECT true
   FROM sales.opportunities
  WHERE opportunities.id = opportunity_lines.opportunity_id AND (( SELECT private.sees_all() AS sees_all) OR (opportunities.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (opportunities.id = ANY ((( SELECT private.shared_record_ids('opportunity'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes opportunity_line rows the caller may write" on sales.opportunity_lines
    for update to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.opportunities
  WHERE opportunities.id = opportunity_lines.opportunity_id AND (( SELECT private.sees_all() AS sees_all) OR (opportunities.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (opportunities.id = ANY ((( SELECT private.shared_record_ids('opportunity'::text, true) AS shared_record_ids))::bigint[])))), false))
    with check (COALESCE(( SELECT true
   FROM sales.opportunities
  WHERE opportunities.id = opportunity_lines.opportunity_id AND (( SELECT private.sees_all() AS sees_all) OR (opportunities.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (opportunities.id = ANY ((( SELECT private.shared_record_ids('opportunity'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads opportunity_line rows the caller may see" on sales.opportunity_lines
    for select to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.opportunities
  WHERE opportunities.id = opportunity_lines.opportunity_id), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API removes opportunity_line rows the caller may write" on sales.opportunity_lines
    for delete to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.opportunities
  WHERE opportunities.id = opportunity_lines.opportunity_id AND (( SELECT private.sees_all() AS sees_all) OR (opportunities.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (opportunities.id = ANY ((( SELECT private.shared_record_ids('opportunity'::text, true) AS shared_record_ids))::bigint[])))), false));
