-- private.forecast_month_sums, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0052_forecast_kept.sql, 0059_forecast_units.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.forecast_month_sums(p_owners bigint[], p_first date, p_after date, p_as_of date)
 RETURNS TABLE(month date, category text, deals bigint, amount numeric, weighted numeric, calibrated numeric)
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
        select g.month, g.category, sum(g.deals)::bigint, sum(g.amount), sum(g.weighted),
               round(sum(g.calibrated), 2)
        from private.forecast_groups(p_owners, p_first, p_after, p_as_of, all_rows, seen, shared, '{}') g
        group by g.month, g.category;
end
$function$;
alter function private.forecast_month_sums(p_owners bigint[], p_first date, p_after date, p_as_of date) owner to salesdesk_owner;
grant execute on function private.forecast_month_sums(p_owners bigint[], p_first date, p_after date, p_as_of date) to salesdesk_api;
