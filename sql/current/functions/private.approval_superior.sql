-- private.approval_superior, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_superior(p_requester bigint, p_levels integer)
 RETURNS bigint
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    cur bigint := p_requester;
    found bigint;
    n integer := 0;
    is_active boolean;
begin
    for i in 1..100 loop   -- the reporting line has no cycles; the bound only guards a broken one
        select e.manager_id into cur from sales.employees e where e.id = cur;
        exit when cur is null;
        select e.active into is_active from sales.employees e where e.id = cur;
        if is_active then
            n := n + 1;
            found := cur;
            exit when n >= p_levels;
        end if;
    end loop;
    return found;
end
$function$;
alter function private.approval_superior(p_requester bigint, p_levels integer) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
