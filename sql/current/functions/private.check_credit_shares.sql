-- private.check_credit_shares, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION private.check_credit_shares()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    deal bigint := case when tg_op = 'DELETE' then old.opportunity_id else new.opportunity_id end;
    total numeric;
begin
    select sum(credit_share) into total from sales.opportunity_members where opportunity_id = deal;
    if total is not null and total <> 0 and total <> 100 then
        raise exception 'the credit shares of a deal''s team must sum to 100 %%' using errcode = '23514',
            detail = format('they sum to %s', total);
    end if;
    return null;
end
$function$;
alter function private.check_credit_shares() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
