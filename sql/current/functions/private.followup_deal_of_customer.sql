-- private.followup_deal_of_customer, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0020_pipeline_links.sql

CREATE OR REPLACE FUNCTION private.followup_deal_of_customer()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if new.opportunity_id is not null
       and (tg_op = 'INSERT' or (new.opportunity_id, new.customer_id) is distinct from (old.opportunity_id, old.customer_id))
       and not exists (select 1 from sales.opportunities o
                       where o.id = new.opportunity_id and o.customer_id = new.customer_id) then
        raise exception 'the deal belongs to another customer' using errcode = '23514',
            column = 'opportunity_id', table = 'followups', constraint = 'followups_opportunity_id_check';
    end if;
    return new;
end
$function$;
alter function private.followup_deal_of_customer() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
