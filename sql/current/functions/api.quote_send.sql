-- api.quote_send, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION api.quote_send(p_id bigint, p_version integer DEFAULT NULL::integer)
 RETURNS text
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
    summary text;
begin
    if q.status <> 'draft' then
        raise exception 'only a draft quote is sent' using errcode = 'SDQ01';
    elsif q.approval = 'pending' then
        raise exception 'the quote is waiting for its discount''s approval' using errcode = 'SDQ02';
    elsif q.approval = 'rejected' then
        raise exception 'the quote''s discount was rejected' using errcode = 'SDQ03';
    elsif not exists (select 1 from sales.quote_lines l where l.quote_id = q.id) then
        raise exception 'a quote without lines is not sent' using errcode = 'SDQ04';
    elsif q.valid_until is null or q.valid_until < current_date then
        raise exception 'the quote''s validity has passed' using errcode = 'SDQ05';
    end if;
    if q.approval is null then
        summary := q.number || ' v' || q.revision || ' · '
                   || (select c.name from sales.customers c where c.id = q.customer_id);
        if private.request_approval('discount', q.id, q.total_amount, q.max_discount, null, summary) is not null then
            perform private.quote_approval_asked(q.id);  -- the hook decides it
            return 'approval';
        end if;
    end if;
    perform private.quote_status(q.id, 'sent');
    return 'sent';
end
$function$;
alter function api.quote_send(p_id bigint, p_version integer) owner to salesdesk_api;
grant execute on function api.quote_send(p_id bigint, p_version integer) to salesdesk_user;
