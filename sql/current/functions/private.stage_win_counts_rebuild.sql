-- private.stage_win_counts_rebuild, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql

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
    perform private.stage_close_recompute(array(
        select distinct o.closed_at::date from sales.opportunities o where o.closed_at is not null));
end
$function$;
alter function private.stage_win_counts_rebuild() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
