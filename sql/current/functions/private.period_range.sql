-- private.period_range, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

CREATE OR REPLACE FUNCTION private.period_range(p_period text, OUT first_day date, OUT after_day date)
 RETURNS record
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    m text[];
    fy_first date;
begin
    if p_period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' then
        first_day := to_date(p_period || '-01', 'YYYY-MM-DD');
        after_day := (first_day + interval '1 month')::date;
        return;
    end if;
    m := regexp_match(coalesce(p_period, ''), '^FY([0-9]{4})(-Q([1-4]))?$');
    if m is null or m[1]::int < 1900 then
        raise exception 'not a period: %', p_period using errcode = 'SD005';
    end if;
    fy_first := make_date(m[1]::int, private.fiscal_year_start(), 1);
    if m[3] is null then
        first_day := fy_first;
        after_day := (fy_first + interval '1 year')::date;
    else
        first_day := (fy_first + make_interval(months => 3 * (m[3]::int - 1)))::date;
        after_day := (first_day + interval '3 months')::date;
    end if;
end
$function$;
alter function private.period_range(p_period text, OUT first_day date, OUT after_day date) owner to salesdesk_owner;
grant execute on function private.period_range(p_period text, OUT first_day date, OUT after_day date) to salesdesk_api;
