-- private.forecast_units_moved, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0059_forecast_units.sql

CREATE OR REPLACE FUNCTION private.forecast_units_moved()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if not exists (select from new_rows n join old_rows o on o.id = n.id where n.unit_id <> o.unit_id) then
        return null;
    end if;
    insert into private.forecast_unit_totals as t (unit_id, month, category, stage_id, deals, amount, weighted)
    select d.unit_id, f.month, f.category, f.stage_id, sum(d.sign * f.deals), sum(d.sign * f.amount),
           sum(d.sign * f.weighted)
    from (select n.id, n.unit_id, 1 as sign from new_rows n join old_rows o on o.id = n.id
          where n.unit_id <> o.unit_id
          union all
          select o.id, o.unit_id, -1 from new_rows n join old_rows o on o.id = n.id
          where n.unit_id <> o.unit_id) d
    join private.forecast_totals f on f.owner_id = d.id
    group by 1, 2, 3, 4
    having sum(d.sign * f.deals) <> 0 or sum(d.sign * f.amount) <> 0 or sum(d.sign * f.weighted) <> 0
    order by 1, 2, 3, 4
    on conflict (unit_id, month, category, stage_id) do update
        set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
            weighted = t.weighted + excluded.weighted;
    delete from private.forecast_unit_totals t
    where t.deals = 0
      and t.unit_id in (select o.unit_id from new_rows n join old_rows o on o.id = n.id
                        where n.unit_id <> o.unit_id);
    return null;
end
$function$;
alter function private.forecast_units_moved() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
