-- private.lead_converted_read_only, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql

CREATE OR REPLACE FUNCTION private.lead_converted_read_only()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    moving text[] := array['owner_id', 'pool_id', 'archived_at', 'updated_at', 'updated_by', 'version',
                           'name_sort', 'search_text', 'search_grams'];
begin
    if old.status = 'converted' and (to_jsonb(new) - moving) <> (to_jsonb(old) - moving)
       and pg_trigger_depth() = 1 then  -- deeper: a picklist entry's rename, which follows everywhere
        raise exception 'a converted lead cannot be changed' using errcode = 'SD003';
    end if;
    return new;
end
$function$;
alter function private.lead_converted_read_only() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
