-- private.target_node_writable, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_node_writable(p_node_kind text, p_node_id bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select case p_node_kind
        when 'company' then private.has_permission('maintain_targets')
        when 'unit' then p_node_id = any (private.target_write_units())
        when 'person' then p_node_id = any (private.target_write_people())
        else false end
$function$;
alter function private.target_node_writable(p_node_kind text, p_node_id bigint) owner to salesdesk_owner;
grant execute on function private.target_node_writable(p_node_kind text, p_node_id bigint) to salesdesk_api;
