-- private.ledger_units_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.ledger_units_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    people bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct n.employee_id) into people from new_rows n;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct o.employee_id) into people from old_rows o;
    else
        select array_agg(distinct x) into people
        from (select n.employee_id as x from new_rows n union select o.employee_id from old_rows o) d;
    end if;
    update private.metric_ledger l set unit_id = u.unit_id
    from private.employee_units u
    where l.employee_id = any (people) and u.employee_id = l.employee_id
      and u.valid_from <= l.day and (u.valid_to is null or l.day < u.valid_to)
      and l.unit_id <> u.unit_id;
    return null;
end
$function$;
alter function private.ledger_units_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
