-- private.names_parents, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0058_names_parents.sql

CREATE OR REPLACE FUNCTION private.names_parents(p_child regclass, p_owners integer)
 RETURNS boolean
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    -- `salesdesk.narrow_scope` = on / off takes one way whatever the sizes (the rows are the same;
    -- the tests take both, as for 0057's page by customer)
    select case current_setting('salesdesk.narrow_scope', true)
               when 'on' then true
               when 'off' then false
               else coalesce(p_owners, 0)::float8 ^ 2 * greatest(c.reltuples, 0)
                    <= 3 * 51 * greatest(e.reltuples, 1)::float8 ^ 2 end
    from pg_class c, pg_class e
    where c.oid = p_child and e.oid = 'sales.employees'::regclass
$function$;
alter function private.names_parents(p_child regclass, p_owners integer) owner to salesdesk_owner;
grant execute on function private.names_parents(p_child regclass, p_owners integer) to salesdesk_api;
