-- private.require_admin, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql, 0016_permissions_products.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.require_admin()
 RETURNS void
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    perform private.require_permission('maintain_picklists');
end
$function$;
alter function private.require_admin() owner to salesdesk_owner;
grant execute on function private.require_admin() to salesdesk_api;
