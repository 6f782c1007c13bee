-- private.scope_hint, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0009_list_speed.sql, 0066_child_parent_owner.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.scope_hint(k private.record_kinds)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    -- a child kind that keeps its parent's owner (0066): that copy, or a parent shared with me
    select case when k.parent_owner is not null
                then format('(%I = any ($3) or %I = any ($5))', k.parent_owner, k.parent_column)
                else format('(%I = any ($3)', k.owner_column)
           || case when k.pool_column is not null then format(' or %I = any ($4)', k.pool_column) else '' end
           || case when k.shares then ' or id = any ($5)' else '' end || ')' end
$function$;
alter function private.scope_hint(k private.record_kinds) owner to salesdesk_owner;
grant execute on function private.scope_hint(k private.record_kinds) to salesdesk_api;
