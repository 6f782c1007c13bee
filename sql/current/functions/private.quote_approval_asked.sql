-- private.quote_approval_asked, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION private.quote_approval_asked(p_id bigint)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    update sales.quotes set approval = 'pending' where id = p_id and status = 'draft'
$function$;
alter function private.quote_approval_asked(p_id bigint) owner to salesdesk_owner;
grant execute on function private.quote_approval_asked(p_id bigint) to salesdesk_api;
