-- private.history_event, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0024_pipeline_fixes.sql

CREATE OR REPLACE FUNCTION private.history_event()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if new.event is null and new.reason = 'claimed from pool' and new.from_owner_id is null
       and new.to_owner_id is not null then
        new.event := 'claimed';
    end if;
    return new;
end
$function$;
alter function private.history_event() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
