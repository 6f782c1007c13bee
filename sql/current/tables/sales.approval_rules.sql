-- sales.approval_rules, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0023_approvals.sql, 0038_money_rules.sql

create table sales.approval_rules (
    id bigint generated always as identity not null,
    type text not null,
    name text not null,
    priority integer default 100 not null,
    active boolean default true not null,
    min_amount numeric(16,2),
    min_discount numeric(5,2),
    unit_id bigint,
    category_id bigint,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    expense_categories text[],
    constraint approval_rules_pkey PRIMARY KEY (id),
    constraint approval_rules_expense_categories_check CHECK (expense_categories IS NULL OR type = 'expense'::text AND cardinality(expense_categories) >= 1),
    constraint approval_rules_min_amount_check CHECK (min_amount >= 0::numeric),
    constraint approval_rules_min_discount_check CHECK (min_discount >= 0::numeric AND min_discount <= 100::numeric),
    constraint approval_rules_name_check CHECK (btrim(name) <> ''::text AND char_length(name) <= 200),
    constraint approval_rules_category_id_fkey FOREIGN KEY (category_id) REFERENCES sales.product_categories(id),
    constraint approval_rules_type_fkey FOREIGN KEY (type) REFERENCES private.approval_types(type),
    constraint approval_rules_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES sales.org_units(id)
);
alter table sales.approval_rules owner to salesdesk_owner;
grant select on table sales.approval_rules to salesdesk_api;
grant update (name, priority, active, min_amount, min_discount, unit_id, category_id, expense_categories) on table sales.approval_rules to salesdesk_api;
grant insert (type, name, priority, active, min_amount, min_discount, unit_id, category_id, expense_categories) on table sales.approval_rules to salesdesk_api;

CREATE INDEX approval_rules_type_idx ON sales.approval_rules USING btree (type, priority, id) WHERE active;
CREATE TRIGGER expense_categories_exist BEFORE INSERT OR UPDATE OF expense_categories ON sales.approval_rules FOR EACH ROW EXECUTE FUNCTION private.approval_rule_categories_exist();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.approval_rules FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.approval_rules enable row level security;
alter table sales.approval_rules force row level security;

-- Written in: 0023_approvals.sql
create policy "every employee reads the approval rules" on sales.approval_rules
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);

-- Written in: 0023_approvals.sql
create policy "rule maintainers add approval rules" on sales.approval_rules
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('maintain_approval_rules'::text) AS has_permission));

-- Written in: 0023_approvals.sql
create policy "rule maintainers change approval rules" on sales.approval_rules
    for update to salesdesk_api
    using (( SELECT private.has_permission('maintain_approval_rules'::text) AS has_permission))
    with check (( SELECT private.has_permission('maintain_approval_rules'::text) AS has_permission));
