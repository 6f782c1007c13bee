-- private.month_range, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.month_range(p_month text, OUT first_day date, OUT after_day date)
 RETURNS record
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if p_month is null or p_month !~ '^[0-9]{4}-(0[1-9]|1[0-2])$' then
        raise exception 'not a month: %', p_month using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_month) r;
end
$function$;
alter function private.month_range(p_month text, OUT first_day date, OUT after_day date) owner to salesdesk_owner;
grant execute on function private.month_range(p_month text, OUT first_day date, OUT after_day date) to salesdesk_api;
