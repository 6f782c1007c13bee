-- private.take_lookup_quota, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0011_duplicate_check.sql

CREATE OR REPLACE FUNCTION private.take_lookup_quota(p_employee bigint)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    lim private.duplicate_check_limits;
    quota regclass := to_regclass(format('private.%I', 'lookup_quota_' || p_employee));
    counter regclass := to_regclass(format('private.%I', 'lookup_count_' || p_employee));
    mask constant bigint := 2147483647;  -- 31 bits
    now_s bigint := floor(extract(epoch from clock_timestamp() - timestamptz '2025-01-01 00:00:00+00'));
    state bigint;
    burst_tat bigint;
    daily_tat bigint;
    burst_t bigint;
    daily_t bigint;
    wait bigint;
begin
    if quota is null or counter is null then  -- never created here: see create_lookup_quota
        raise exception 'the duplicate check is not set up for this login' using errcode = 'SD007',
            detail = '3600';
    end if;
    perform pg_advisory_xact_lock(hashtext('salesdesk.duplicate_check'), p_employee::integer);
    select * into lim from private.duplicate_check_limits;
    burst_t := ceil(lim.burst_seconds::numeric / lim.burst);
    daily_t := ceil(lim.daily_seconds::numeric / lim.daily);
    execute format('select last_value from %s', quota) into state;
    burst_tat := greatest(state >> 31, now_s);
    daily_tat := greatest(state & mask, now_s);
    wait := greatest(burst_tat + burst_t - now_s - lim.burst_seconds,
                     daily_tat + daily_t - now_s - lim.daily_seconds, 0);
    if wait > 0 then
        raise exception 'too many duplicate checks, try again later' using errcode = 'SD007',
            detail = wait::text;
    end if;
    perform setval(quota, ((burst_tat + burst_t) << 31) | ((daily_tat + daily_t) & mask), true);
    return nextval(counter);
end
$function$;
alter function private.take_lookup_quota(p_employee bigint) owner to salesdesk_owner;
grant execute on function private.take_lookup_quota(p_employee bigint) to salesdesk_api;
