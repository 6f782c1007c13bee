-- private.month_money, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.month_money(p numeric)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
RETURN to_char(round(COALESCE(p, (0)::numeric), 2), 'FM999999999999990.00'::text);
alter function private.month_money(p numeric) owner to salesdesk_owner;
grant execute on function private.month_money(p numeric) to salesdesk_api;
