-- private.product_derive, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION private.product_derive()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    new.name_sort := private.pinyin_key(new.name);
    new.search_text := concat_ws(E'\x1f', private.search_norm(new.code), private.search_norm(new.name),
                                 private.search_norm(new.specification), private.pinyin_search(new.name));
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$function$;
alter function private.product_derive() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
