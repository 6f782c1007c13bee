-- private.unit_subtree, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION private.unit_subtree(p_unit_id bigint)
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with recursive t (id) as (
        select p_unit_id
        union
        select u.id from t join sales.org_units u on u.parent_id = t.id
    )
    select coalesce(array_agg(id), '{}') from t where id is not null
$function$;
alter function private.unit_subtree(p_unit_id bigint) owner to salesdesk_owner;
grant execute on function private.unit_subtree(p_unit_id bigint) to salesdesk_api;
