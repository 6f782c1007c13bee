-- private.forecast_unit_totals_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0059_forecast_units.sql

CREATE OR REPLACE FUNCTION private.forecast_unit_totals_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if tg_op = 'INSERT' then
        perform from sales.employees e where e.id in (select n.owner_id from new_rows n) order by e.id for share;
        insert into private.forecast_unit_totals as t (unit_id, month, category, stage_id, deals, amount, weighted)
        select e.unit_id, n.month, n.category, n.stage_id, sum(n.deals), sum(n.amount), sum(n.weighted)
        from new_rows n join sales.employees e on e.id = n.owner_id
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (unit_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
        return null;
    elsif tg_op = 'DELETE' then
        perform from sales.employees e where e.id in (select o.owner_id from old_rows o) order by e.id for share;
        insert into private.forecast_unit_totals as t (unit_id, month, category, stage_id, deals, amount, weighted)
        select e.unit_id, o.month, o.category, o.stage_id, -sum(o.deals), -sum(o.amount), -sum(o.weighted)
        from old_rows o join sales.employees e on e.id = o.owner_id
        group by 1, 2, 3, 4
        having sum(o.deals) <> 0 or sum(o.amount) <> 0 or sum(o.weighted) <> 0
        order by 1, 2, 3, 4
        on conflict (unit_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
    else
        perform from sales.employees e where e.id in (select n.owner_id from new_rows n) order by e.id for share;
        insert into private.forecast_unit_totals as t (unit_id, month, category, stage_id, deals, amount, weighted)
        select e.unit_id, d.month, d.category, d.stage_id, sum(d.deals), sum(d.amount), sum(d.weighted)
        from (select n.owner_id, n.month, n.category, n.stage_id, n.deals, n.amount, n.weighted from new_rows n
              union all
              select o.owner_id, o.month, o.category, o.stage_id, -o.deals, -o.amount, -o.weighted
              from old_rows o) d
        join sales.employees e on e.id = d.owner_id
        group by 1, 2, 3, 4
        having sum(d.deals) <> 0 or sum(d.amount) <> 0 or sum(d.weighted) <> 0
        order by 1, 2, 3, 4
        on conflict (unit_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
    end if;
    delete from private.forecast_unit_totals t
    where t.deals = 0
      and t.unit_id in (select e.unit_id from old_rows o join sales.employees e on e.id = o.owner_id);
    return null;
end
$function$;
alter function private.forecast_unit_totals_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
