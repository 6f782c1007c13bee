-- api.expenses, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api

create view api.expenses as
 SELECT id,
    owner_id,
    owner_name,
    spent_on,
    category,
    category_name,
    category_name_en,
    amount,
    customer_id,
    customer_name,
    opportunity_id,
    opportunity_title,
    note,
    receipt_ref,
    status,
    created_at,
    updated_at,
    archived_at,
    version
   FROM api.expense_rows() expense_rows(id, owner_id, owner_name, spent_on, category, category_name, category_name_en, amount, customer_id, customer_name, opportunity_id, opportunity_title, note, receipt_ref, status, created_at, updated_at, archived_at, version);
alter view api.expenses owner to salesdesk_api;
grant select on table api.expenses to salesdesk_user;
