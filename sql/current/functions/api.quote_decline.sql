-- api.quote_decline, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION api.quote_decline(p_id bigint, p_version integer DEFAULT NULL::integer)
 RETURNS void
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
    q sales.quotes := private.quote_locked(p_id, p_version);
begin
    if q.status <> 'sent' then
        raise exception 'only a sent quote is declined' using errcode = 'SDQ01';
    end if;
    perform private.quote_status(q.id, 'declined');
end
$function$;
alter function api.quote_decline(p_id bigint, p_version integer) owner to salesdesk_api;
grant execute on function api.quote_decline(p_id bigint, p_version integer) to salesdesk_user;
