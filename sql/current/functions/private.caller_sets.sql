-- private.caller_sets, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0009_list_speed.sql, 0021_pipeline_speed.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.caller_sets(f private.list_filter)
 RETURNS private.caller_sets
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select row(coalesce(f.sees_all, private.sees_all()), coalesce(f.owners, private.visible_owner_ids()),
               coalesce(f.pools, private.visible_pool_ids()), coalesce(f.shared, private.shared_record_ids(f.kind)),
               private.shared_record_ids(f.kind, true), private.managed_owner_ids(),
               private.managed_pool_ids())::private.caller_sets
$function$;
alter function private.caller_sets(f private.list_filter) owner to salesdesk_owner;
grant execute on function private.caller_sets(f private.list_filter) to salesdesk_api;

CREATE OR REPLACE FUNCTION private.caller_sets(p_kind text)
 RETURNS private.caller_sets
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select row(private.sees_all(), private.visible_owner_ids(), private.visible_pool_ids(),
               private.shared_record_ids(p_kind), private.shared_record_ids(p_kind, true),
               private.managed_owner_ids(), private.managed_pool_ids())::private.caller_sets
$function$;
alter function private.caller_sets(p_kind text) owner to salesdesk_owner;
grant execute on function private.caller_sets(p_kind text) to salesdesk_api;
