-- private.forecast_stages_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0052_forecast_kept.sql

CREATE OR REPLACE FUNCTION private.forecast_stages_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    changed bigint[] := array(select n.id from new_rows n join old_rows o on o.id = n.id
                              where n.outcome is distinct from o.outcome);
begin
    if cardinality(changed) > 0 then
        perform private.forecast_totals_rebuild(changed);
    end if;
    return null;
end
$function$;
alter function private.forecast_stages_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
