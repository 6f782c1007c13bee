-- private.opportunity_totals_seen, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0021_pipeline_speed.sql

CREATE OR REPLACE FUNCTION private.opportunity_totals_seen()
 RETURNS SETOF private.opportunity_totals
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if private.current_employee_id() is null then
        return;
    elsif private.sees_all() then
        return query select * from private.opportunity_totals;
    else
        return query select t.* from unnest(private.visible_owner_ids()) o(id)
                     join private.opportunity_totals t on t.owner_id = o.id;
    end if;
end
$function$;
alter function private.opportunity_totals_seen() owner to salesdesk_owner;
grant execute on function private.opportunity_totals_seen() to salesdesk_api;
