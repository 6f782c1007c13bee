-- private.lead_derive, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql

CREATE OR REPLACE FUNCTION private.lead_derive()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    new.name_sort := private.pinyin_key(new.company_name);
    new.search_text := concat_ws(E'\x1f', private.search_norm(new.company_name),
                                 private.search_norm(new.contact_name), private.search_digits(new.phone),
                                 private.search_digits(new.mobile), private.pinyin_search(new.company_name),
                                 private.pinyin_search(new.contact_name, true));
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$function$;
alter function private.lead_derive() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
