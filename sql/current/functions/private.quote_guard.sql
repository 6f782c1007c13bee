-- private.quote_guard, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION private.quote_guard()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if old.status <> 'draft' and (new.customer_id, new.opportunity_id, new.title, new.valid_until, new.notes)
            is distinct from (old.customer_id, old.opportunity_id, old.title, old.valid_until, old.notes) then
        raise exception 'only a draft quote changes' using errcode = 'SDQ01';
    end if;
    if new.status <> old.status and (old.status, new.status) not in
            (('draft', 'sent'), ('sent', 'accepted'), ('sent', 'declined'), ('sent', 'revised'),
             ('declined', 'revised')) then
        raise exception 'a % quote cannot become %', old.status, new.status using errcode = 'SDQ01';
    end if;
    return new;
end
$function$;
alter function private.quote_guard() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
