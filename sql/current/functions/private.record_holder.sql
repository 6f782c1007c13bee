-- private.record_holder, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0004_hard_shell.sql

CREATE OR REPLACE FUNCTION private.record_holder(p_kind text, p_id bigint, OUT owner_id bigint, OUT pool_id bigint)
 RETURNS record
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds;
begin
    select * into k from private.record_kinds where kind = p_kind and parent_kind is null;
    if found then
        execute format('select %I, %s from %s where id = $1', k.owner_column,
                       coalesce(quote_ident(k.pool_column), 'null::bigint'), k.table_name)
            into owner_id, pool_id using p_id;
    end if;
end
$function$;
alter function private.record_holder(p_kind text, p_id bigint, OUT owner_id bigint, OUT pool_id bigint) owner to salesdesk_owner;
grant execute on function private.record_holder(p_kind text, p_id bigint, OUT owner_id bigint, OUT pool_id bigint) to salesdesk_api;
