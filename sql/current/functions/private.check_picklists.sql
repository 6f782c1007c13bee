-- private.check_picklists, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql, 0019_leads_followups.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.check_picklists()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    cols text[] := case when tg_nargs > 0 then tg_argv else array['industry', 'source', 'region'] end;
    col text;
    v text;
    was text;
begin
    foreach col in array cols loop
        v := nullif(btrim(to_jsonb(new) ->> col), '');
        new := jsonb_populate_record(new, jsonb_build_object(col, v));
        was := case when tg_op = 'UPDATE' then to_jsonb(old) ->> col end;
        continue when v is null or v is not distinct from was;
        if not exists (select 1 from sales.picklist_entries e
                       where e.kind = col and e.name = v
                         and (e.active or pg_trigger_depth() > 1)) then  -- > 1: an entry's rename
            raise exception 'the value is not in the list' using errcode = '23514',
                column = col, table = tg_table_name, constraint = tg_table_name || '_' || col || '_check';
        end if;
    end loop;
    return new;
end
$function$;
alter function private.check_picklists() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
