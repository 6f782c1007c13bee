-- private.stage_win_counts_rebuild, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql, 0064_win_rates_by_team.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.stage_win_counts_rebuild()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    lock table private.stage_close_locks in exclusive mode;
    delete from private.stage_close_days;
    delete from private.stage_close_months;
    delete from private.stage_close_company_days;
    insert into private.stage_close_days (day, unit_id, stage_id, closed, won)
    select r.day, r.unit_id, r.stage_id, r.closed, r.won from private.stage_close_rows(null) r;
    insert into private.stage_close_months (month, unit_id, stage_id, closed, won)
    select date_trunc('month', d.day)::date, d.unit_id, d.stage_id, sum(d.closed), sum(d.won)
    from private.stage_close_days d group by 1, 2, 3;
    insert into private.stage_close_company_days (day, stage_id, closed, won)
    select d.day, d.stage_id, sum(d.closed), sum(d.won)
    from private.stage_close_days d group by 1, 2;
end
$function$;
alter function private.stage_win_counts_rebuild() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
