-- private.log_lookups, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0041_import.sql, 0047_import_bulk.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.log_lookups(p_kind text, p_names text[], p_phones text[], p_matches integer[], p_hidden integer[])
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    insert into sales.lookup_log (actor_id, kind, name, phone, matches, hidden)
    select private.require_employee(), p_kind, a.name, a.phone, a.matches, a.hidden
    from unnest(p_names, p_phones, p_matches, p_hidden) a(name, phone, matches, hidden)
$function$;
alter function private.log_lookups(p_kind text, p_names text[], p_phones text[], p_matches integer[], p_hidden integer[]) owner to salesdesk_owner;
grant execute on function private.log_lookups(p_kind text, p_names text[], p_phones text[], p_matches integer[], p_hidden integer[]) to salesdesk_api;
