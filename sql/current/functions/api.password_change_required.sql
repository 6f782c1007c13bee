-- api.password_change_required, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0014_onboarding.sql

CREATE OR REPLACE FUNCTION api.password_change_required()
 RETURNS boolean
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    me bigint := private.require_employee();
    wanted text;
begin
    select r.verifier_digest into wanted from private.password_resets r where r.employee_id = me;
    if wanted is null then
        return false;
    end if;
    if wanted = salesdesk_auth.password_digest() then
        return true;
    end if;
    delete from private.password_resets where employee_id = me;
    return false;
end
$function$;
alter function api.password_change_required() owner to salesdesk_api;
grant execute on function api.password_change_required() to salesdesk_user;
