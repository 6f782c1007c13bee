-- private.check_scorecard_weights, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.check_scorecard_weights()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    pos bigint := case when tg_op = 'DELETE' then old.position_id else new.position_id end;
    total numeric;
begin
    select sum(weight) into total from sales.scorecard_items where position_id = pos;
    if total is not null and total <> 100 then
        raise exception 'a scorecard''s weights must sum to 100' using errcode = '23514',
            detail = format('they sum to %s', total);
    end if;
    return null;
end
$function$;
alter function private.check_scorecard_weights() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
