-- private.forecast_totals_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0052_forecast_kept.sql

CREATE OR REPLACE FUNCTION private.forecast_totals_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if tg_op = 'INSERT' then
        insert into private.forecast_totals as t (owner_id, month, category, stage_id, deals, amount, weighted)
        select o.owner_id, k.month, k.category, o.stage_id, count(*), sum(o.amount),
               sum(round(o.amount * o.probability / 100, 2))
        from new_rows o join sales.opportunity_stages s on s.id = o.stage_id
        cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                                o.forecast_category) k
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (owner_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
        return null;
    elsif tg_op = 'DELETE' then
        insert into private.forecast_totals as t (owner_id, month, category, stage_id, deals, amount, weighted)
        select o.owner_id, k.month, k.category, o.stage_id, -count(*), -sum(o.amount),
               -sum(round(o.amount * o.probability / 100, 2))
        from old_rows o join sales.opportunity_stages s on s.id = o.stage_id
        cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                                o.forecast_category) k
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (owner_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
    else
        insert into private.forecast_totals as t (owner_id, month, category, stage_id, deals, amount, weighted)
        select d.owner_id, d.month, d.category, d.stage_id, sum(d.n), sum(d.amount), sum(d.weighted)
        from (select o.owner_id, k.month, k.category, o.stage_id, 1 as n, o.amount,
                     round(o.amount * o.probability / 100, 2) as weighted
              from new_rows o join sales.opportunity_stages s on s.id = o.stage_id
              cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at,
                                                      o.expected_close_date, o.forecast_category) k
              union all
              select o.owner_id, k.month, k.category, o.stage_id, -1, -o.amount,
                     -round(o.amount * o.probability / 100, 2)
              from old_rows o join sales.opportunity_stages s on s.id = o.stage_id
              cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at,
                                                      o.expected_close_date, o.forecast_category) k) d
        group by 1, 2, 3, 4
        having sum(d.n) <> 0 or sum(d.amount) <> 0 or sum(d.weighted) <> 0
        order by 1, 2, 3, 4
        on conflict (owner_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
    end if;
    delete from private.forecast_totals t
    where t.deals = 0 and t.owner_id in (select o.owner_id from old_rows o);
    return null;
end
$function$;
alter function private.forecast_totals_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
