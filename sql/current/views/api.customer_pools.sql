-- api.customer_pools, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql

create view api.customer_pools as
 SELECT id,
    unit_id,
    unit_name,
    name,
    customer_count,
    manages
   FROM api.pool_rows() pool_rows(id, unit_id, unit_name, name, customer_count, manages);
alter view api.customer_pools owner to salesdesk_api;
grant select on table api.customer_pools to salesdesk_user;
