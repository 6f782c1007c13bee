-- private.employee_units_moved, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

CREATE OR REPLACE FUNCTION private.employee_units_moved()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    today constant date := current_date;
begin
    -- a second move the same day: today's row takes the new unit
    update private.employee_units u set unit_id = n.unit_id
    from old_rows o join new_rows n on n.id = o.id
    where n.unit_id <> o.unit_id and u.employee_id = n.id and u.valid_to is null and u.valid_from = today;
    -- else the current row ends today and the new unit's starts
    update private.employee_units u set valid_to = today
    from old_rows o join new_rows n on n.id = o.id
    where n.unit_id <> o.unit_id and u.employee_id = n.id and u.valid_to is null and u.valid_from < today;
    insert into private.employee_units (employee_id, unit_id, valid_from)
    select n.id, n.unit_id, today
    from old_rows o join new_rows n on n.id = o.id
    where n.unit_id <> o.unit_id
      and not exists (select from private.employee_units u where u.employee_id = n.id and u.valid_to is null);
    return null;
end
$function$;
alter function private.employee_units_moved() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
