-- private.opportunity_totals_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0021_pipeline_speed.sql

CREATE OR REPLACE FUNCTION private.opportunity_totals_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if tg_op = 'INSERT' then
        insert into private.opportunity_totals as t (owner_id, stage_id, archived, deals, amount, weighted_amount)
        select owner_id, stage_id, archived_at is not null, count(*), sum(amount),
               sum(round(amount * probability / 100, 2))
        from new_rows group by 1, 2, 3 order by 1, 2, 3
        on conflict (owner_id, stage_id, archived) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted_amount = t.weighted_amount + excluded.weighted_amount;
    elsif tg_op = 'DELETE' then
        insert into private.opportunity_totals as t (owner_id, stage_id, archived, deals, amount, weighted_amount)
        select owner_id, stage_id, archived_at is not null, -count(*), -sum(amount),
               -sum(round(amount * probability / 100, 2))
        from old_rows group by 1, 2, 3 order by 1, 2, 3
        on conflict (owner_id, stage_id, archived) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted_amount = t.weighted_amount + excluded.weighted_amount;
    else
        insert into private.opportunity_totals as t (owner_id, stage_id, archived, deals, amount, weighted_amount)
        select owner_id, stage_id, archived, sum(n), sum(amount), sum(weighted_amount)
        from (select owner_id, stage_id, archived_at is not null as archived, 1 as n, amount,
                     round(amount * probability / 100, 2) as weighted_amount from new_rows
              union all
              select owner_id, stage_id, archived_at is not null, -1, -amount,
                     -round(amount * probability / 100, 2) from old_rows) d
        group by 1, 2, 3
        having sum(n) <> 0 or sum(amount) <> 0 or sum(weighted_amount) <> 0
        order by 1, 2, 3
        on conflict (owner_id, stage_id, archived) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted_amount = t.weighted_amount + excluded.weighted_amount;
    end if;
    return null;
end
$function$;
alter function private.opportunity_totals_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
