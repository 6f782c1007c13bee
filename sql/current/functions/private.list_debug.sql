-- private.list_debug, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0009_list_speed.sql

CREATE OR REPLACE FUNCTION private.list_debug(p_stmt text, p_query jsonb, f private.list_filter, p_prefix text, cs private.caller_sets)
 RETURNS void
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if current_setting('client_min_messages') like 'debug%' then
        raise debug 'salesdesk list: %', private.inline_params(p_stmt, array[
            quote_nullable(p_query) || '::jsonb', quote_nullable(f.me) || '::bigint',
            quote_nullable(f.owners) || '::bigint[]', quote_nullable(f.pools) || '::bigint[]',
            quote_nullable(f.shared) || '::bigint[]', quote_nullable(f.grams) || '::text[]',
            quote_nullable(f.pattern) || '::text', quote_nullable(f.units) || '::bigint[]',
            quote_nullable(p_prefix) || '::text', quote_nullable(cs.sees_all) || '::boolean',
            quote_nullable(cs.owners) || '::bigint[]', quote_nullable(cs.pools) || '::bigint[]',
            quote_nullable(cs.shared) || '::bigint[]', quote_nullable(cs.shared_write) || '::bigint[]',
            quote_nullable(cs.managed_owners) || '::bigint[]', quote_nullable(cs.managed_pools) || '::bigint[]']);
    end if;
end
$function$;
alter function private.list_debug(p_stmt text, p_query jsonb, f private.list_filter, p_prefix text, cs private.caller_sets) owner to salesdesk_owner;
grant execute on function private.list_debug(p_stmt text, p_query jsonb, f private.list_filter, p_prefix text, cs private.caller_sets) to salesdesk_api;
