-- private.stage_close_recompute, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql, 0064_win_rates_by_team.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.stage_close_recompute(p_days date[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    ids bigint[] := array(select x.id from unnest(p_days) d (day)
                          cross join lateral (select o.id from sales.opportunities o
                                              where o.closed_at >= d.day and o.closed_at < d.day + 1
                                              offset 0) x);
begin
    with gone as (
        delete from private.stage_close_days where day = any (p_days) returning *
    )
    insert into private.stage_close_months as m (month, unit_id, stage_id, closed, won)
    select date_trunc('month', d.day)::date, d.unit_id, d.stage_id, -sum(d.closed), -sum(d.won)
    from gone d group by 1, 2, 3 order by 1, 2, 3
    on conflict (month, unit_id, stage_id) do update set closed = m.closed + excluded.closed,
                                                         won = m.won + excluded.won;
    with made as (
        insert into private.stage_close_days (day, unit_id, stage_id, closed, won)
        select r.day, r.unit_id, r.stage_id, r.closed, r.won from private.stage_close_rows(ids) r
        returning *
    )
    insert into private.stage_close_months as m (month, unit_id, stage_id, closed, won)
    select date_trunc('month', d.day)::date, d.unit_id, d.stage_id, sum(d.closed), sum(d.won)
    from made d group by 1, 2, 3 order by 1, 2, 3
    on conflict (month, unit_id, stage_id) do update set closed = m.closed + excluded.closed,
                                                         won = m.won + excluded.won;
    delete from private.stage_close_months m
    where m.closed = 0 and m.month in (select date_trunc('month', d)::date from unnest(p_days) d);
    delete from private.stage_close_company_days where day = any (p_days);
    insert into private.stage_close_company_days (day, stage_id, closed, won)
    select d.day, d.stage_id, sum(d.closed), sum(d.won)
    from private.stage_close_days d where d.day = any (p_days)
    group by d.day, d.stage_id;
end
$function$;
alter function private.stage_close_recompute(p_days date[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
