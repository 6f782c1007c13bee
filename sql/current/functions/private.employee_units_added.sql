-- private.employee_units_added, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

CREATE OR REPLACE FUNCTION private.employee_units_added()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    insert into private.employee_units (employee_id, unit_id, valid_from)
    select n.id, n.unit_id, '-infinity' from new_rows n;
    return null;
end
$function$;
alter function private.employee_units_added() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
