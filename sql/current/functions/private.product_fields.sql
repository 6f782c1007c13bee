-- private.product_fields, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION private.product_fields()
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select array['code', 'name', 'specification', 'unit', 'list_price', 'cost_price', 'tax_rate',
                 'active', 'category_id']
$function$;
alter function private.product_fields() owner to salesdesk_owner;
grant execute on function private.product_fields() to salesdesk_api;
