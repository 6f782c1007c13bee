-- private.stage_close_refresh, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql

CREATE OR REPLACE FUNCTION private.stage_close_refresh(p_days date[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    p_days := array(select distinct d from unnest(p_days) d where d is not null order by 1);
    if cardinality(p_days) = 0 then
        return;
    end if;
    insert into private.stage_close_locks (month)
    select distinct date_trunc('month', d)::date from unnest(p_days) d order by 1
    on conflict (month) do nothing;
    perform 1 from private.stage_close_locks l
    where l.month in (select date_trunc('month', d)::date from unnest(p_days) d)
    order by l.month for update;
    perform private.stage_close_recompute(p_days);
end
$function$;
alter function private.stage_close_refresh(p_days date[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
