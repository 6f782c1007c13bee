-- private.inline_params, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION private.inline_params(p_stmt text, p_values text[])
 RETURNS text
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    i integer;
begin
    for i in reverse cardinality(p_values)..1 loop
        p_stmt := replace(p_stmt, '$' || i, p_values[i]);
    end loop;
    return p_stmt;
end
$function$;
alter function private.inline_params(p_stmt text, p_values text[]) owner to salesdesk_owner;
grant execute on function private.inline_params(p_stmt text, p_values text[]) to salesdesk_api;
