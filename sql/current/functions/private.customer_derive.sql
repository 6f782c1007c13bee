-- private.customer_derive, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0005_search.sql, 0047_import_bulk.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.customer_derive()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if tg_op = 'INSERT' and exists (select 1 from private.derive_deferred d
                                    where d.xact = pg_current_xact_id()) then
        new.name_sort := '';  -- an import's: derived after its contacts (private.defer_derive)
        return new;
    end if;
    new.name_sort := private.pinyin_key(new.name);
    new.search_text := private.customer_search_text(new.id, new.name, new.short_name, new.phone);
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$function$;
alter function private.customer_derive() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
