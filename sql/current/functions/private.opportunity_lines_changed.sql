-- private.opportunity_lines_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION private.opportunity_lines_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    deal bigint;
begin
    for deal in select distinct x from unnest(array[case when tg_op <> 'INSERT' then old.opportunity_id end,
                                                    case when tg_op <> 'DELETE' then new.opportunity_id end]) x
                where x is not null loop
        update sales.opportunities o
        set amount = coalesce((select sum(l.amount) from sales.opportunity_lines l where l.opportunity_id = deal),
                              o.amount)
        where o.id = deal;
    end loop;
    return null;
end
$function$;
alter function private.opportunity_lines_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
