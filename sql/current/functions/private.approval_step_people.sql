-- private.approval_step_people, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_step_people(s sales.approval_rule_steps, p_requester bigint)
 RETURNS bigint[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    unit bigint;
    found bigint[];
begin
    if s.approver = 'superior' then
        return array_remove(array[private.approval_superior(p_requester, s.levels)], null);
    elsif s.approver = 'people' then
        return array(select e.id from sales.employees e where e.id = any (s.employee_ids) and e.active order by e.id);
    end if;
    if s.unit_id is not null then
        return array(select e.id from sales.employees e
                     where e.position_id = s.position_id and e.unit_id = s.unit_id and e.active order by e.id);
    end if;
    select e.unit_id into unit from sales.employees e where e.id = p_requester;
    for i in 1..100 loop
        exit when unit is null;
        found := array(select e.id from sales.employees e
                       where e.position_id = s.position_id and e.unit_id = unit and e.active order by e.id);
        if cardinality(found) > 0 then
            return found;
        end if;
        select u.parent_id into unit from sales.org_units u where u.id = unit;
    end loop;
    return '{}';
end
$function$;
alter function private.approval_step_people(s sales.approval_rule_steps, p_requester bigint) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
