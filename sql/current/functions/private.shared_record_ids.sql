-- private.shared_record_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0004_hard_shell.sql, 0018_opportunities.sql, 0026_api_overhead.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.shared_record_ids(p_kind text, p_write boolean DEFAULT false)
 RETURNS bigint[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    setting text;
    key text;
    held text;
    seal text;
    ids bigint[];
begin
    if pg_current_xact_id_if_assigned() is not null or p_kind !~ '^[a-z_]+$' then
        return private.computed_shared_record_ids(p_kind, p_write);
    end if;
    setting := 'salesdesk_sets.' || p_kind || case when p_write then '_write' else '_read' end;
    key := concat_ws(E'\x1f', session_user, p_kind, p_write, statement_timestamp(), pg_current_snapshot());
    held := current_setting(setting, true);
    if held like '%|%' then
        seal := split_part(held, '|', 1);
        held := substr(held, length(seal) + 2);
        if seal = private.caller_sets_seal(key, held) then
            return held::bigint[];
        end if;
    end if;
    ids := private.computed_shared_record_ids(p_kind, p_write);
    if cardinality(ids) <= 100000 then  -- (a bigger set is computed again rather than kept as text)
        held := ids::text;
        perform set_config(setting, private.caller_sets_seal(key, held) || '|' || held, true);
    end if;
    return ids;
end
$function$;
alter function private.shared_record_ids(p_kind text, p_write boolean) owner to salesdesk_owner;
grant execute on function private.shared_record_ids(p_kind text, p_write boolean) to salesdesk_api;
