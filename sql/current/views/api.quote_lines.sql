-- api.quote_lines, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

create view api.quote_lines as
 SELECT id,
    quote_id,
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
    cost_price,
    margin,
    notes,
    version
   FROM api.quote_line_rows() quote_line_rows(id, quote_id, product_id, product_code, product_name, unit, quantity, unit_price, discount, tax_rate, amount, tax_amount, cost_price, margin, notes, version);
alter view api.quote_lines owner to salesdesk_api;
grant select on table api.quote_lines to salesdesk_user;
