-- api.company_profile_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0025_company_profile.sql

CREATE OR REPLACE FUNCTION api.company_profile_rows()
 RETURNS TABLE(legal_name text, short_name text, address text, phone text, tax_number text, bank_name text, bank_account text, website text, updated_at timestamp with time zone, updated_by_name text, version integer, can_edit boolean)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
begin
    perform private.require_employee();
    return query
        select c.legal_name, c.short_name, c.address, c.phone, c.tax_number, c.bank_name,
               c.bank_account, c.website, c.updated_at, e.name, c.version,
               (select private.has_permission('maintain_company_profile'))
        from sales.company_profile c
            left join api.employees e on e.id = c.updated_by;
end
$function$;
alter function api.company_profile_rows() owner to salesdesk_api;
grant execute on function api.company_profile_rows() to salesdesk_user;
