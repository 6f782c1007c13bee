-- private.picklist_name, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION private.picklist_name(p_name text)
 RETURNS text
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    n text := btrim(normalize(coalesce(p_name, ''), nfkc));
begin
    if n = '' then
        raise exception 'a name is required' using errcode = '23514', column = 'name';
    end if;
    if length(n) > 60 then
        raise exception 'value too long for a picklist entry' using errcode = '22001', column = 'name';
    end if;
    return n;
end
$function$;
alter function private.picklist_name(p_name text) owner to salesdesk_owner;
grant execute on function private.picklist_name(p_name text) to salesdesk_api;
