-- api.invoices, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api

create view api.invoices as
 SELECT id,
    contract_id,
    contract_number,
    contract_title,
    customer_id,
    customer_name,
    number,
    issued_on,
    invoice_type,
    amount,
    tax_amount,
    total_amount,
    note,
    updated_at,
    version
   FROM api.invoice_rows() invoice_rows(id, contract_id, contract_number, contract_title, customer_id, customer_name, number, issued_on, invoice_type, amount, tax_amount, total_amount, note, updated_at, version);
alter view api.invoices owner to salesdesk_api;
grant select on table api.invoices to salesdesk_user;
