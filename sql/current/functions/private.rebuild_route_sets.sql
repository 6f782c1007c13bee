-- private.rebuild_route_sets, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0051_route_sets_kept.sql

CREATE OR REPLACE FUNCTION private.rebuild_route_sets()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k text;
begin
    delete from private.route_sets;
    for k in select private.kept_route_kinds() loop
        insert into private.route_sets (employee_id, kind, ids)
        select s.employee_id, k, s.ids
        from (select e.id as employee_id, private.fanned_out_ids(e.id, k, true) as ids
              from sales.employees e) s
        where cardinality(s.ids) > 0;
    end loop;
end
$function$;
alter function private.rebuild_route_sets() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
