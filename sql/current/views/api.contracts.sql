-- api.contracts, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api

create view api.contracts as
 SELECT id,
    number,
    title,
    status,
    customer_id,
    customer_name,
    opportunity_id,
    opportunity_title,
    signed_on,
    starts_on,
    ends_on,
    amount,
    tax_amount,
    total_amount,
    notes,
    approved_at,
    owner_id,
    owner_name,
    created_at,
    updated_at,
    archived_at,
    version
   FROM api.contract_rows() contract_rows(id, number, title, status, customer_id, customer_name, opportunity_id, opportunity_title, signed_on, starts_on, ends_on, amount, tax_amount, total_amount, notes, approved_at, owner_id, owner_name, created_at, updated_at, archived_at, version);
alter view api.contracts owner to salesdesk_api;
grant select on table api.contracts to salesdesk_user;
