-- api.payments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api

create view api.payments as
 SELECT id,
    contract_id,
    contract_number,
    contract_title,
    customer_id,
    customer_name,
    received_on,
    amount,
    method,
    reference,
    status,
    note,
    created_by,
    created_by_name,
    updated_at,
    version
   FROM api.payment_rows() payment_rows(id, contract_id, contract_number, contract_title, customer_id, customer_name, received_on, amount, method, reference, status, note, created_by, created_by_name, updated_at, version);
alter view api.payments owner to salesdesk_api;
grant select on table api.payments to salesdesk_user;
