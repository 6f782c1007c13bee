-- private.followup_touch_customer, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql

CREATE OR REPLACE FUNCTION private.followup_touch_customer()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    update sales.customers c set last_contact_at = new.happened_at
    where c.id = new.customer_id and (c.last_contact_at is null or c.last_contact_at < new.happened_at);
    return null;
end
$function$;
alter function private.followup_touch_customer() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
