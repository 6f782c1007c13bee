-- private.product_conds, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION private.product_conds()
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select '($1::boolean is null or p.active = $1) and ($2::bigint is null or p.category_id = $2) '
           'and ($3::text[] is null or (p.search_grams @> $3 and p.search_text like $4))'
$function$;
alter function private.product_conds() owner to salesdesk_owner;
grant execute on function private.product_conds() to salesdesk_api;
