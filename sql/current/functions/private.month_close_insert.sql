-- private.month_close_insert, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.month_close_insert(p_owner bigint, p_node_kind text, p_node_id bigint, p_month text, p_snapshot jsonb)
 RETURNS bigint
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    insert into sales.month_closes (owner_id, node_kind, node_id, month, snapshot)
    values (p_owner, p_node_kind, p_node_id, p_month, p_snapshot)
    returning id
$function$;
alter function private.month_close_insert(p_owner bigint, p_node_kind text, p_node_id bigint, p_month text, p_snapshot jsonb) owner to salesdesk_owner;
grant execute on function private.month_close_insert(p_owner bigint, p_node_kind text, p_node_id bigint, p_month text, p_snapshot jsonb) to salesdesk_api;
