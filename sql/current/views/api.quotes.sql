-- api.quotes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api

create view api.quotes as
 SELECT id,
    number,
    revision,
    title,
    status,
    customer_id,
    customer_name,
    opportunity_id,
    opportunity_title,
    valid_until,
    amount,
    tax_amount,
    total_amount,
    max_discount,
    approval,
    contract_id,
    previous_id,
    notes,
    sent_at,
    decided_at,
    owner_id,
    owner_name,
    created_at,
    updated_at,
    archived_at,
    version
   FROM api.quote_rows() quote_rows(id, number, revision, title, status, customer_id, customer_name, opportunity_id, opportunity_title, valid_until, amount, tax_amount, total_amount, max_discount, approval, contract_id, previous_id, notes, sent_at, decided_at, owner_id, owner_name, created_at, updated_at, archived_at, version);
alter view api.quotes owner to salesdesk_api;
grant select on table api.quotes to salesdesk_user;
