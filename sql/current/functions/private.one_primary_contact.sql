-- private.one_primary_contact, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql, 0047_import_bulk.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.one_primary_contact()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if new.is_primary and (tg_op = 'INSERT' or not old.is_primary)
       and exists (select 1 from sales.contacts
                   where customer_id = new.customer_id and is_primary and id <> new.id) then
        update sales.contacts set is_primary = false
        where customer_id = new.customer_id and is_primary and id <> new.id;
    end if;
    return new;
end
$function$;
alter function private.one_primary_contact() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
