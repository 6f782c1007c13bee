-- private.refresh_route_sets, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0051_route_sets_kept.sql

CREATE OR REPLACE FUNCTION private.refresh_route_sets(p_employees bigint[], p_kind text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    p_employees := array(select distinct e from unnest(p_employees) e where e is not null order by 1);
    if cardinality(p_employees) = 0 then
        return;
    end if;
    insert into private.route_sets (employee_id, kind, ids)
    select e, p_kind, '{}' from unnest(p_employees) e
    on conflict (employee_id, kind) do nothing;
    perform 1 from private.route_sets r where r.kind = p_kind and r.employee_id = any (p_employees)
    order by r.employee_id for update;
    update private.route_sets r set ids = private.fanned_out_ids(r.employee_id, p_kind, true)
    where r.kind = p_kind and r.employee_id = any (p_employees);
end
$function$;
alter function private.refresh_route_sets(p_employees bigint[], p_kind text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
