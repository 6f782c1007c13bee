-- api.quote_versions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION api.quote_versions(p_quote_id bigint)
 RETURNS TABLE(id bigint, number text, revision integer, status text, valid_until date, total_amount numeric, max_discount numeric, sent_at timestamp with time zone, decided_at timestamp with time zone, updated_at timestamp with time zone)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
    select v.id, v.number, v.revision,
           case when v.status = 'sent' and v.valid_until < current_date then 'expired' else v.status end,
           v.valid_until, v.total_amount, v.max_discount, v.sent_at, v.decided_at, v.updated_at
    from sales.quotes q join sales.quotes v on v.number = q.number
    where q.id = p_quote_id and private.require_employee() is not null
    order by v.revision desc
$function$;
alter function api.quote_versions(p_quote_id bigint) owner to salesdesk_api;
grant execute on function api.quote_versions(p_quote_id bigint) to salesdesk_user;
