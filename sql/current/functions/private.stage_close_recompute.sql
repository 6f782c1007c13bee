-- private.stage_close_recompute, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql

CREATE OR REPLACE FUNCTION private.stage_close_recompute(p_days date[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    months date[] := array(select distinct date_trunc('month', d)::date from unnest(p_days) d);
begin
    delete from private.stage_close_days where day = any (p_days);
    insert into private.stage_close_days (day, unit_id, stage_id, closed, won)
    select p.day, p.unit_id, p.stage_id, count(*), count(*) filter (where p.won)
    from (select distinct o.id, o.closed_at::date as day, u.unit_id, h.to_stage_id as stage_id,
                 s.outcome = 'won' as won
          from unnest(p_days) d (day)
          join sales.opportunities o on o.closed_at >= d.day and o.closed_at < d.day + 1
          join sales.opportunity_stages s on s.id = o.stage_id
          join private.employee_units u
              on u.employee_id = o.owner_id and u.valid_from <= o.closed_at::date
             and (u.valid_to is null or o.closed_at::date < u.valid_to)
          join sales.opportunity_stage_history h on h.opportunity_id = o.id
          join sales.opportunity_stages hs on hs.id = h.to_stage_id
          where s.outcome is not null and o.archived_at is null and hs.outcome is null) p
    group by p.day, p.unit_id, p.stage_id;
    delete from private.stage_close_months where month = any (months);
    insert into private.stage_close_months (month, unit_id, stage_id, closed, won)
    select m.month, d.unit_id, d.stage_id, sum(d.closed), sum(d.won)
    from unnest(months) m (month)
    join private.stage_close_days d on d.day >= m.month and d.day < (m.month + interval '1 month')::date
    group by m.month, d.unit_id, d.stage_id;
end
$function$;
alter function private.stage_close_recompute(p_days date[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
