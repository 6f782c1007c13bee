-- private.stage_history_of, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION private.stage_history_of(p_ids bigint[])
 RETURNS TABLE(opportunity_id bigint, id bigint, changed_at timestamp with time zone, to_stage_id bigint)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select h.opportunity_id, h.id, h.changed_at, h.to_stage_id
    from sales.opportunity_stage_history h where h.opportunity_id = any (p_ids)
$function$;
alter function private.stage_history_of(p_ids bigint[]) owner to salesdesk_owner;
grant execute on function private.stage_history_of(p_ids bigint[]) to salesdesk_api;
