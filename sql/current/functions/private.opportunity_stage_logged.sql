-- private.opportunity_stage_logged, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION private.opportunity_stage_logged()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if tg_op = 'INSERT' or new.stage_id is distinct from old.stage_id then
        insert into sales.opportunity_stage_history (opportunity_id, changed_by, from_stage_id, to_stage_id,
                                                     probability, amount)
        values (new.id, private.current_employee_id(), case when tg_op = 'UPDATE' then old.stage_id end,
                new.stage_id, new.probability, new.amount);
    end if;
    return null;
end
$function$;
alter function private.opportunity_stage_logged() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
