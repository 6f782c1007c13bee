-- private.opportunity_keeps_followups, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0020_pipeline_links.sql

CREATE OR REPLACE FUNCTION private.opportunity_keeps_followups()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if exists (select 1 from sales.followups f where f.opportunity_id = new.id and f.customer_id <> new.customer_id) then
        raise exception 'the deal has follow-ups with its customer' using errcode = '23514',
            column = 'customer_id', table = 'opportunities', constraint = 'opportunities_customer_id_check';
    end if;
    return new;
end
$function$;
alter function private.opportunity_keeps_followups() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
