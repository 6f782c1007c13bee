-- private.stage_close_outcomes_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql

CREATE OR REPLACE FUNCTION private.stage_close_outcomes_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if exists (select from old_rows o join new_rows n on n.id = o.id
               where n.outcome is distinct from o.outcome) then
        perform private.stage_win_counts_rebuild();
    end if;
    return null;
end
$function$;
alter function private.stage_close_outcomes_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
