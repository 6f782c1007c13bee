-- private.record_owner, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0015_kind_references.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.record_owner(p_kind text, p_id bigint)
 RETURNS bigint
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds;
    result bigint;
begin
    select * into k from private.record_kinds where kind = p_kind;
    if not found then
        return null;
    end if;
    if k.parent_kind is null then
        execute format('select %I from %s where id = $1', k.owner_column, k.table_name)
            into result using p_id;
    else
        execute format('select private.record_owner(%L, %I) from %s where id = $1',
                       k.parent_kind, k.parent_column, k.table_name) into result using p_id;
    end if;
    return result;
end
$function$;
alter function private.record_owner(p_kind text, p_id bigint) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
