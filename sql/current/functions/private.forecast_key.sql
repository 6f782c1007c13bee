-- private.forecast_key, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0052_forecast_kept.sql

CREATE OR REPLACE FUNCTION private.forecast_key(p_outcome text, p_archived_at timestamp with time zone, p_closed_at timestamp with time zone, p_expected date, p_category text)
 RETURNS TABLE(month date, category text)
 LANGUAGE sql
 STABLE
AS $function$
    select case when p_outcome = 'won' then date_trunc('month', p_closed_at::date)::date
                else date_trunc('month', p_expected)::date end,
           case when p_outcome = 'won' then 'closed' else p_category end
    where p_archived_at is null
      and (p_outcome = 'won' and p_closed_at is not null
           or p_outcome is null and p_category in ('commit', 'best_case', 'pipeline') and p_expected is not null)
$function$;
alter function private.forecast_key(p_outcome text, p_archived_at timestamp with time zone, p_closed_at timestamp with time zone, p_expected date, p_category text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
