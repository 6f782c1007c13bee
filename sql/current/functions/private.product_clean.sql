-- private.product_clean, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION private.product_clean(p_values jsonb)
 RETURNS jsonb
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    v jsonb := p_values;
    f text;
begin
    foreach f in array array['code', 'name', 'specification', 'unit'] loop
        if jsonb_typeof(v -> f) = 'string' then
            v := jsonb_set(v, array[f], coalesce(to_jsonb(nullif(btrim(normalize(v ->> f, nfkc)), '')), 'null'));
        end if;
    end loop;
    return v;
end
$function$;
alter function private.product_clean(p_values jsonb) owner to salesdesk_owner;
grant execute on function private.product_clean(p_values jsonb) to salesdesk_api;
