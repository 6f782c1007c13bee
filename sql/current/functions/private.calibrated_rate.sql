-- private.calibrated_rate, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION private.calibrated_rate(p_rates jsonb, p_stage_id bigint, p_unit_id bigint, p_configured numeric, OUT rate numeric, OUT source text)
 RETURNS record
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    team jsonb := p_rates -> (p_stage_id::text || ':' || coalesce(p_unit_id::text, ''));
    company jsonb := p_rates -> (p_stage_id::text || ':');
    enough constant integer := private.calibration_min_sample();
begin
    if p_unit_id is not null and (team ->> 'closed')::int >= enough then
        rate := round(100.0 * (team ->> 'won')::int / (team ->> 'closed')::int, 2);
        source := 'team';
    elsif (company ->> 'closed')::int >= enough then
        rate := round(100.0 * (company ->> 'won')::int / (company ->> 'closed')::int, 2);
        source := 'company';
    else
        rate := p_configured;
        source := 'configured';
    end if;
end
$function$;
alter function private.calibrated_rate(p_rates jsonb, p_stage_id bigint, p_unit_id bigint, p_configured numeric, OUT rate numeric, OUT source text) owner to salesdesk_owner;
grant execute on function private.calibrated_rate(p_rates jsonb, p_stage_id bigint, p_unit_id bigint, p_configured numeric, OUT rate numeric, OUT source text) to salesdesk_api;
