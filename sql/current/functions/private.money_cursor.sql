-- private.money_cursor, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0063_receivables_by_owner_and_unit.sql

CREATE OR REPLACE FUNCTION private.money_cursor(p_after text, OUT receivable numeric, OUT id bigint)
 RETURNS record
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    after jsonb;
begin
    if p_after is null then
        return;
    end if;
    begin
        after := p_after::jsonb;
        if jsonb_typeof(after) <> 'array' or jsonb_array_length(after) <> 2
           or jsonb_typeof(after -> 0) <> 'number' or jsonb_typeof(after -> 1) <> 'number' then
            raise exception 'not a cursor';
        end if;
        receivable := (after ->> 0)::numeric;
        id := (after ->> 1)::bigint;
    exception when others then
        raise exception 'not a valid query' using errcode = 'SD005';
    end;
end
$function$;
alter function private.money_cursor(p_after text, OUT receivable numeric, OUT id bigint) owner to salesdesk_owner;
grant execute on function private.money_cursor(p_after text, OUT receivable numeric, OUT id bigint) to salesdesk_api;
