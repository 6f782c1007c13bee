-- api.expense_categories, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0030_expenses.sql

CREATE OR REPLACE FUNCTION api.expense_categories()
 RETURNS TABLE(code text, name text, name_en text, sort_order integer, active boolean, version integer)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
    select c.code, c.name, c.name_en, c.sort_order, c.active, c.version from sales.expense_categories c
    where private.require_employee() is not null
    order by c.sort_order, c.code
$function$;
alter function api.expense_categories() owner to salesdesk_api;
grant execute on function api.expense_categories() to salesdesk_user;
