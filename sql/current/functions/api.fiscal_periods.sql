-- api.fiscal_periods, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

CREATE OR REPLACE FUNCTION api.fiscal_periods(p_year integer)
 RETURNS TABLE(period text, kind text, first_day date, after_day date)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    y text := lpad(p_year::text, 4, '0');
begin
    perform private.require_employee();
    if p_year is null or p_year not between 1900 and 9998 then
        raise exception 'not a fiscal year: %', p_year using errcode = 'SD005';
    end if;
    return query
        select p.period, p.kind, r.first_day, r.after_day
        from (select 'FY' || y as period, 'year' as kind, 0 as o
              union all select 'FY' || y || '-Q' || q, 'quarter', q * 100 from generate_series(1, 4) q
              union all select to_char((make_date(p_year, private.fiscal_year_start(), 1)
                                        + make_interval(months => k))::date, 'YYYY-MM'),
                               'month', (k / 3 + 1) * 100 + k % 3 + 1
                        from generate_series(0, 11) k) p
            cross join lateral private.period_range(p.period) r
        order by p.o;
end
$function$;
alter function api.fiscal_periods(p_year integer) owner to salesdesk_api;
grant execute on function api.fiscal_periods(p_year integer) to salesdesk_user;
