-- private.contract_editable, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_editable(p_status text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
RETURN (p_status = ANY (ARRAY['draft'::text, 'rejected'::text]));
alter function private.contract_editable(p_status text) owner to salesdesk_owner;
grant execute on function private.contract_editable(p_status text) to salesdesk_api;
