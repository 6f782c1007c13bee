-- sales.quote_lines, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0032_quotes.sql

create table sales.quote_lines (
    id bigint generated always as identity not null,
    quote_id bigint not null,
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
    constraint quote_lines_pkey PRIMARY KEY (id),
    constraint quote_lines_discount_check CHECK (discount >= 0::numeric AND discount <= 100::numeric),
    constraint quote_lines_notes_check CHECK (length(notes) <= 500),
    constraint quote_lines_quantity_check CHECK (quantity > 0::numeric),
    constraint quote_lines_tax_rate_check CHECK (tax_rate >= 0::numeric AND tax_rate <= 100::numeric),
    constraint quote_lines_unit_price_check CHECK (unit_price >= 0::numeric),
    constraint quote_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES sales.products(id),
    constraint quote_lines_quote_id_fkey FOREIGN KEY (quote_id) REFERENCES sales.quotes(id)
);
alter table sales.quote_lines owner to salesdesk_owner;
grant select, delete on table sales.quote_lines to salesdesk_api;
grant update (product_id, quantity, unit_price, discount, tax_rate, notes) on table sales.quote_lines to salesdesk_api;
grant insert (quote_id, product_id, quantity, unit_price, discount, tax_rate, notes) on table sales.quote_lines to salesdesk_api;

CREATE INDEX quote_lines_product_idx ON sales.quote_lines USING btree (product_id);
CREATE INDEX quote_lines_quote_id_updated_at_id_idx ON sales.quote_lines USING btree (quote_id, updated_at, id);
CREATE INDEX quote_lines_quote_idx ON sales.quote_lines USING btree (quote_id, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.quote_lines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('quote_line');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.quote_lines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('quote_line');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.quote_lines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('quote_line');
CREATE TRIGGER guard BEFORE INSERT OR DELETE OR UPDATE ON sales.quote_lines FOR EACH ROW EXECUTE FUNCTION private.quote_line_guard();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.quote_lines FOR EACH ROW EXECUTE FUNCTION private.stamp();
CREATE TRIGGER totals_follow AFTER INSERT OR DELETE OR UPDATE OF quantity, unit_price, discount, tax_rate, quote_id ON sales.quote_lines FOR EACH ROW EXECUTE FUNCTION private.quote_lines_changed();

alter table sales.quote_lines enable row level security;
alter table sales.quote_lines force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds quote_line rows the caller may write" on sales.quote_lines
    for insert to salesdesk_api
    with check (COALESCE(( SELECT true
   FROM sales.quotes
  WHERE quotes.id = quote_lines.quote_id AND (( SELECT private.sees_all() AS sees_all) OR (quotes.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (quotes.id = ANY ((( SELECT private.shared_record_ids('quote'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes quote_line rows the caller may write" on sales.quote_lines
    for update to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.quotes
  WHERE quotes.id = quote_lines.quote_id AND (( SELECT private.sees_all() AS sees_all) OR (quotes.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (quotes.id = ANY ((( SELECT private.shared_record_ids('quote'::text, true) AS shared_record_ids))::bigint[])))), false))
    with check (COALESCE(( SELECT true
   FROM sales.quotes
  WHERE quotes.id = quote_lines.quote_id AND (( SELECT private.sees_all() AS sees_all) OR (quotes.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (quotes.id = ANY ((( SELECT private.shared_record_ids('quote'::text, true) AS shared_record_ids))::bigint[])))), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads quote_line rows the caller may see" on sales.quote_lines
    for select to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.quotes
  WHERE quotes.id = quote_lines.quote_id), false));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API removes quote_line rows the caller may write" on sales.quote_lines
    for delete to salesdesk_api
    using (COALESCE(( SELECT true
   FROM sales.quotes
  WHERE quotes.id = quote_lines.quote_id AND (( SELECT private.sees_all() AS sees_all) OR (quotes.owner_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (quotes.id = ANY ((( SELECT private.shared_record_ids('quote'::text, true) AS shared_record_ids))::bigint[])))), false));
