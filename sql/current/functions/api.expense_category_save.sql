-- api.expense_category_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0030_expenses.sql

CREATE OR REPLACE FUNCTION api.expense_category_save(p_code text, p_name text, p_name_en text, p_sort_order integer DEFAULT 0, p_active boolean DEFAULT true)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
begin
    perform private.require_permission('maintain_picklists');
    insert into sales.expense_categories (code, name, name_en, sort_order, active)
    values (p_code, btrim(p_name), btrim(p_name_en), coalesce(p_sort_order, 0), coalesce(p_active, true))
    on conflict (code) do update set name = excluded.name, name_en = excluded.name_en,
                                     sort_order = excluded.sort_order, active = excluded.active;
end
$function$;
alter function api.expense_category_save(p_code text, p_name text, p_name_en text, p_sort_order integer, p_active boolean) owner to salesdesk_api;
grant execute on function api.expense_category_save(p_code text, p_name text, p_name_en text, p_sort_order integer, p_active boolean) to salesdesk_user;
