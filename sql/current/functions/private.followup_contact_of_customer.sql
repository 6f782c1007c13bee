-- private.followup_contact_of_customer, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql

CREATE OR REPLACE FUNCTION private.followup_contact_of_customer()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if new.contact_id is not null
       and not exists (select 1 from sales.contacts c where c.id = new.contact_id and c.customer_id = new.customer_id) then
        raise exception 'the contact belongs to another customer' using errcode = '23514',
            column = 'contact_id', table = 'followups', constraint = 'followups_contact_id_check';
    end if;
    return new;
end
$function$;
alter function private.followup_contact_of_customer() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
