-- private.payment_decided, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION private.payment_decided(p_request_id bigint, p_record_id bigint, p_state text)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    update sales.payments set status = p_state where id = p_record_id
$function$;
alter function private.payment_decided(p_request_id bigint, p_record_id bigint, p_state text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
