-- private.install_route_sets, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0051_route_sets_kept.sql

CREATE OR REPLACE FUNCTION private.install_route_sets()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    t regclass;
begin
    for t in select k.table_name from private.kind_reach x join private.record_kinds k on k.kind in (x.kind, x.target_kind)
             union select k.table_name from private.kind_routes x join private.record_kinds k on k.kind in (x.kind, x.target_kind)
             union select m.table_name from private.kind_members m
                   where m.kind in (select kind from private.kind_reach union select target_kind from private.kind_routes) loop
        execute format('drop trigger if exists route_sets_insert on %s', t);
        execute format('drop trigger if exists route_sets_update on %s', t);
        execute format('drop trigger if exists route_sets_delete on %s', t);
        -- (a trigger with transition tables serves one event: three of them)
        execute format('create trigger route_sets_insert after insert on %s referencing new table as new_rows '
                       'for each statement execute function private.route_sets_changed()', t);
        execute format('create trigger route_sets_update after update on %s '
                       'referencing old table as old_rows new table as new_rows '
                       'for each statement execute function private.route_sets_changed()', t);
        execute format('create trigger route_sets_delete after delete on %s referencing old table as old_rows '
                       'for each statement execute function private.route_sets_changed()', t);
    end loop;
    perform private.rebuild_route_sets();
end
$function$;
alter function private.install_route_sets() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
