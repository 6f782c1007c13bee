-- private.next_quote_number, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION private.next_quote_number()
 RETURNS text
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    insert into private.quote_numbers as n (year, last)
    values (extract(year from current_date)::integer, 1)
    on conflict (year) do update set last = n.last + 1
    returning 'BJ-' || n.year || '-' || lpad(n.last::text, 6, '0')
$function$;
alter function private.next_quote_number() owner to salesdesk_owner;
grant execute on function private.next_quote_number() to salesdesk_api;
