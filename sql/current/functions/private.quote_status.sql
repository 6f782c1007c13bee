-- private.quote_status, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION private.quote_status(p_id bigint, p_status text, p_contract_id bigint DEFAULT NULL::bigint)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    update sales.quotes set
        status = p_status,
        sent_at = case when p_status = 'sent' then clock_timestamp() else sent_at end,
        decided_at = case when p_status in ('accepted', 'declined') then clock_timestamp() else decided_at end,
        contract_id = coalesce(p_contract_id, contract_id)
    where id = p_id
$function$;
alter function private.quote_status(p_id bigint, p_status text, p_contract_id bigint) owner to salesdesk_owner;
grant execute on function private.quote_status(p_id bigint, p_status text, p_contract_id bigint) to salesdesk_api;
