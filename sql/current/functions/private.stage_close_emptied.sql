-- private.stage_close_emptied, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql

CREATE OR REPLACE FUNCTION private.stage_close_emptied()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    perform private.stage_win_counts_rebuild();
    return null;
end
$function$;
alter function private.stage_close_emptied() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
