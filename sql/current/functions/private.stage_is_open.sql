-- private.stage_is_open, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql

CREATE OR REPLACE FUNCTION private.stage_is_open(p_stage_id bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$
    select exists (select from sales.opportunity_stages s where s.id = p_stage_id and s.outcome is null)
$function$;
alter function private.stage_is_open(p_stage_id bigint) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
