-- private.quote_locked, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION private.quote_locked(p_id bigint, p_version integer)
 RETURNS sales.quotes
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    q sales.quotes;
begin
    perform private.writable_checked('quote', p_id, p_version);
    select * into q from sales.quotes where id = p_id for update;
    return q;
end
$function$;
alter function private.quote_locked(p_id bigint, p_version integer) owner to salesdesk_owner;
grant execute on function private.quote_locked(p_id bigint, p_version integer) to salesdesk_api;
