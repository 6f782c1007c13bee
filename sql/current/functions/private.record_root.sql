-- private.record_root, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0015_kind_references.sql

CREATE OR REPLACE FUNCTION private.record_root(p_kind text, p_id bigint, OUT root_kind text, OUT root_id bigint)
 RETURNS record
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds;
begin
    root_kind := p_kind;
    root_id := p_id;
    loop
        select * into k from private.record_kinds where kind = root_kind;
        exit when k.parent_kind is null or root_id is null;
        execute format('select %I from %s where id = $1', k.parent_column, k.table_name)
            into root_id using root_id;
        root_kind := k.parent_kind;
    end loop;
end
$function$;
alter function private.record_root(p_kind text, p_id bigint, OUT root_kind text, OUT root_id bigint) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
