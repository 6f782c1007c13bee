-- private.forecast_totals_rebuild, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0052_forecast_kept.sql, 0059_forecast_units.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.forecast_totals_rebuild(p_stage_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    lock table sales.opportunities in share mode;
    delete from private.forecast_totals t where p_stage_ids is null or t.stage_id = any (p_stage_ids);
    insert into private.forecast_totals (owner_id, month, category, stage_id, deals, amount, weighted)
    select o.owner_id, k.month, k.category, o.stage_id, count(*), sum(o.amount),
           sum(round(o.amount * o.probability / 100, 2))
    from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id
    cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                            o.forecast_category) k
    where k.month is not null and (p_stage_ids is null or o.stage_id = any (p_stage_ids))
    group by 1, 2, 3, 4;
    lock table sales.employees in share mode;
    delete from private.forecast_unit_totals t where p_stage_ids is null or t.stage_id = any (p_stage_ids);
    insert into private.forecast_unit_totals (unit_id, month, category, stage_id, deals, amount, weighted)
    select e.unit_id, f.month, f.category, f.stage_id, sum(f.deals), sum(f.amount), sum(f.weighted)
    from private.forecast_totals f join sales.employees e on e.id = f.owner_id
    where p_stage_ids is null or f.stage_id = any (p_stage_ids)
    group by 1, 2, 3, 4;
end
$function$;
alter function private.forecast_totals_rebuild(p_stage_ids bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
