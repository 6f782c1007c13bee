-- private.may_close_month, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.may_close_month(p_node_kind text, p_node_id bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select case p_node_kind when 'company' then p_node_id is null and private.may_adjust_forecast(null)
                            when 'unit' then p_node_id is not null and private.may_adjust_forecast(p_node_id)
                            else false end
$function$;
alter function private.may_close_month(p_node_kind text, p_node_id bigint) owner to salesdesk_owner;
grant execute on function private.may_close_month(p_node_kind text, p_node_id bigint) to salesdesk_api;
