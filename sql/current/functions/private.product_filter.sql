-- private.product_filter, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION private.product_filter(p_query jsonb, OUT active boolean, OUT category_id bigint, OUT grams text[], OUT pattern text)
 RETURNS record
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    q jsonb := coalesce(p_query, '{}');
    search text;
begin
    if jsonb_typeof(q) <> 'object'
       or exists (select 1 from jsonb_object_keys(q) k where k not in ('search', 'active', 'category_id')) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    active := (q ->> 'active')::boolean;
    category_id := (q ->> 'category_id')::bigint;
    search := private.search_norm(q ->> 'search');
    if search <> '' then
        grams := private.search_grams(search);
        if cardinality(grams) = 0 then
            raise exception 'search text too short' using errcode = 'SD006';
        end if;
        pattern := '%' || replace(replace(replace(search, '\', '\\'), '%', '\%'), '_', '\_') || '%';
    end if;
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$function$;
alter function private.product_filter(p_query jsonb, OUT active boolean, OUT category_id bigint, OUT grams text[], OUT pattern text) owner to salesdesk_owner;
grant execute on function private.product_filter(p_query jsonb, OUT active boolean, OUT category_id bigint, OUT grams text[], OUT pattern text) to salesdesk_api;
