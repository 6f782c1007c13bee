-- private.month_closed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.month_closed(p_node_kind text, p_node_id bigint, p_month text)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select exists (select 1 from sales.month_closes m
                   where m.node_kind = p_node_kind and m.node_id is not distinct from p_node_id
                     and m.month = p_month)
$function$;
alter function private.month_closed(p_node_kind text, p_node_id bigint, p_month text) owner to salesdesk_owner;
grant execute on function private.month_closed(p_node_kind text, p_node_id bigint, p_month text) to salesdesk_api;
