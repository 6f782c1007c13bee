-- private.picklist_renamed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql, 0019_leads_followups.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.picklist_renamed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if new.kind <> old.kind then
        raise exception 'an entry stays in its list' using errcode = '23514';
    end if;
    execute format('update sales.customers set %1$I = $1 where %1$I = $2', new.kind)
        using new.name, old.name;
    if new.kind = 'source' then
        update sales.leads set source = new.name where source = old.name;
    end if;
    return null;
end
$function$;
alter function private.picklist_renamed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
