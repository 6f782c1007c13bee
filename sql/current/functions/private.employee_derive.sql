-- private.employee_derive, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0005_search.sql, 0013_picklists_pinyin.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.employee_derive()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    new.name_sort := private.person_pinyin_key(new.name);
    return new;
end
$function$;
alter function private.employee_derive() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
