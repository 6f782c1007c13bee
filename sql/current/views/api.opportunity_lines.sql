-- api.opportunity_lines, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

create view api.opportunity_lines as
 SELECT id,
    opportunity_id,
    product_id,
    product_code,
    product_name,
    unit,
    quantity,
    unit_price,
    discount,
    amount,
    notes,
    version
   FROM api.opportunity_line_rows() opportunity_line_rows(id, opportunity_id, product_id, product_code, product_name, unit, quantity, unit_price, discount, amount, notes, version);
alter view api.opportunity_lines owner to salesdesk_api;
grant select on table api.opportunity_lines to salesdesk_user;
