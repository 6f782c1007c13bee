-- private.valid_credit_code, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0025_company_profile.sql

CREATE OR REPLACE FUNCTION private.valid_credit_code(p_code text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select p_code is null or (
        p_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'
        and substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
                   (31 - (select sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(p_code, i, 1)) - 1)
                                     * (array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])[i])
                          from generate_series(1, 17) i)::integer % 31) % 31 + 1, 1)
            = substr(p_code, 18, 1))
$function$;
alter function private.valid_credit_code(p_code text) owner to salesdesk_owner;
grant execute on function private.valid_credit_code(p_code text) to salesdesk_api;
