-- api.contract_mark_in_effect, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION api.contract_mark_in_effect(p_contract_id bigint, p_version integer DEFAULT NULL::integer)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$ begin perform api.contract_move(p_contract_id, 'in_effect', p_version); end $function$;
alter function api.contract_mark_in_effect(p_contract_id bigint, p_version integer) owner to salesdesk_api;
grant execute on function api.contract_mark_in_effect(p_contract_id bigint, p_version integer) to salesdesk_user;
