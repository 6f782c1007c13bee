-- private.opportunity_team_follows_owner, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0024_pipeline_fixes.sql

CREATE OR REPLACE FUNCTION private.opportunity_team_follows_owner()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    was sales.opportunity_members;
begin
    select * into was from sales.opportunity_members m
    where m.opportunity_id = new.id and m.employee_id = old.owner_id
    for update;
    if not found then
        return null;
    end if;
    update sales.opportunity_members m
    set role = was.role,
        access = case when 'write' in (m.access, was.access) then 'write' else 'read' end,
        credit_share = m.credit_share + was.credit_share,
        overlay_credit = greatest(m.overlay_credit, was.overlay_credit)
    where m.opportunity_id = new.id and m.employee_id = new.owner_id;
    if found then
        delete from sales.opportunity_members m where m.id = was.id;
    else
        update sales.opportunity_members m set employee_id = new.owner_id where m.id = was.id;
    end if;
    return null;
end
$function$;
alter function private.opportunity_team_follows_owner() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
