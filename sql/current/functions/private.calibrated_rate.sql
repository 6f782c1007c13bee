-- private.calibrated_rate, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION private.calibrated_rate(p_team_closed bigint, p_team_won bigint, p_company_closed bigint, p_company_won bigint, p_configured numeric)
 RETURNS TABLE(rate numeric, source text)
 LANGUAGE sql
 IMMUTABLE
AS $function$
    select case when p_team_closed >= private.calibration_min_sample()
                    then round(100.0 * p_team_won / p_team_closed, 2)
                when p_company_closed >= private.calibration_min_sample()
                    then round(100.0 * p_company_won / p_company_closed, 2)
                else p_configured end,
           case when p_team_closed >= private.calibration_min_sample() then 'team'
                when p_company_closed >= private.calibration_min_sample() then 'company'
                else 'configured' end
$function$;
alter function private.calibrated_rate(p_team_closed bigint, p_team_won bigint, p_company_closed bigint, p_company_won bigint, p_configured numeric) owner to salesdesk_owner;
grant execute on function private.calibrated_rate(p_team_closed bigint, p_team_won bigint, p_company_closed bigint, p_company_won bigint, p_configured numeric) to salesdesk_api;
