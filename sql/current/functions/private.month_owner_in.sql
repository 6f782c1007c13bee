-- private.month_owner_in, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.month_owner_in(p_units bigint[], p_person bigint, p_owner bigint, p_day date)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select case when p_person is not null then p_owner = p_person
                when p_units is null then true
                else coalesce(private.unit_on(p_owner, p_day),
                              (select e.unit_id from sales.employees e where e.id = p_owner))
                     = any (p_units) end
$function$;
alter function private.month_owner_in(p_units bigint[], p_person bigint, p_owner bigint, p_day date) owner to salesdesk_owner;
grant execute on function private.month_owner_in(p_units bigint[], p_person bigint, p_owner bigint, p_day date) to salesdesk_api;
