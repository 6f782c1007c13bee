-- private.contract_next_number, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_next_number()
 RETURNS text
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    insert into private.contract_number_counters as n (year, last)
    values (extract(year from clock_timestamp() at time zone 'Asia/Shanghai')::integer, 1)
    on conflict (year) do update set last = n.last + 1
    returning 'HT-' || n.year || '-' || lpad(n.last::text, 6, '0');
$function$;
alter function private.contract_next_number() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
