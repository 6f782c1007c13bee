-- private.contract_guard, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_guard()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if current_user = 'salesdesk_api' and not private.contract_editable(old.status)
       and (new.customer_id, new.opportunity_id, new.title, new.signed_on, new.starts_on, new.ends_on, new.notes)
           is distinct from
           (old.customer_id, old.opportunity_id, old.title, old.signed_on, old.starts_on, old.ends_on, old.notes) then
        raise exception 'only a draft or rejected contract changes; an approved one through an amendment'
            using errcode = 'SDC01', detail = old.status;
    end if;
    return new;
end
$function$;
alter function private.contract_guard() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
