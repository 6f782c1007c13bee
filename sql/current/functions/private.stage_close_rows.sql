-- private.stage_close_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql

CREATE OR REPLACE FUNCTION private.stage_close_rows(p_ids bigint[])
 RETURNS TABLE(day date, unit_id bigint, stage_id bigint, closed bigint, won bigint)
 LANGUAGE sql
 STABLE
AS $function$
    select p.day, p.unit_id, p.stage_id, count(*), count(*) filter (where p.won)
    from (select distinct o.id, o.closed_at::date as day, u.unit_id, h.to_stage_id as stage_id,
                 s.outcome = 'won' as won
          from sales.opportunities o
          join sales.opportunity_stages s on s.id = o.stage_id
          join private.employee_units u
              on u.employee_id = o.owner_id and u.valid_from <= o.closed_at::date
             and (u.valid_to is null or o.closed_at::date < u.valid_to)
          join sales.opportunity_stage_history h on h.opportunity_id = o.id
          join sales.opportunity_stages hs on hs.id = h.to_stage_id
          where (p_ids is null or o.id = any (p_ids))
            and s.outcome is not null and o.archived_at is null and hs.outcome is null) p
    group by p.day, p.unit_id, p.stage_id
$function$;
alter function private.stage_close_rows(p_ids bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
