-- api.opportunity_set_stage, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION api.opportunity_set_stage(p_id bigint, p_version integer, p_stage_id bigint, p_reason text DEFAULT NULL::text)
 RETURNS integer
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
    select api.record_update('opportunity', p_id, p_version,
                             jsonb_strip_nulls(jsonb_build_object('stage_id', p_stage_id, 'won_lost_reason', p_reason)))
$function$;
alter function api.opportunity_set_stage(p_id bigint, p_version integer, p_stage_id bigint, p_reason text) owner to salesdesk_api;
grant execute on function api.opportunity_set_stage(p_id bigint, p_version integer, p_stage_id bigint, p_reason text) to salesdesk_user;
