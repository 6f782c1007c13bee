-- private.forecast_owner_sums, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0052_forecast_kept.sql, 0059_forecast_units.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.forecast_owner_sums(p_owners bigint[], p_first date, p_after date, p_as_of date, p_itemise bigint[])
 RETURNS TABLE(owner_id bigint, unit_id bigint, deals bigint, commit numeric, best_case numeric, pipeline numeric, closed numeric, weighted numeric, calibrated numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    all_rows boolean := private.sees_all();
    seen bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('opportunity') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        select g.owner_id, g.unit_id, sum(g.deals)::bigint,
               coalesce(sum(g.amount) filter (where g.category = 'commit'), 0),
               coalesce(sum(g.amount) filter (where g.category = 'best_case'), 0),
               coalesce(sum(g.amount) filter (where g.category = 'pipeline'), 0),
               coalesce(sum(g.amount) filter (where g.category = 'closed'), 0),
               sum(g.weighted), sum(g.calibrated)
        from private.forecast_groups(p_owners, p_first, p_after, p_as_of, all_rows, seen, shared,
                                     coalesce(p_itemise, '{}')) g
        group by g.owner_id, g.unit_id;
end
$function$;
alter function private.forecast_owner_sums(p_owners bigint[], p_first date, p_after date, p_as_of date, p_itemise bigint[]) owner to salesdesk_owner;
grant execute on function private.forecast_owner_sums(p_owners bigint[], p_first date, p_after date, p_as_of date, p_itemise bigint[]) to salesdesk_api;
