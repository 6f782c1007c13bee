-- api.contract_lines, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0027_contract_kind.sql

create view api.contract_lines as
 SELECT id,
    contract_id,
    product_id,
    product_code,
    product_name,
    unit,
    quantity,
    unit_price,
    discount,
    tax_rate,
    amount,
    tax_amount,
    notes,
    version
   FROM api.contract_line_rows() contract_line_rows(id, contract_id, product_id, product_code, product_name, unit, quantity, unit_price, discount, tax_rate, amount, tax_amount, notes, version);
alter view api.contract_lines owner to salesdesk_api;
grant select on table api.contract_lines to salesdesk_user;
