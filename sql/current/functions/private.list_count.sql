-- private.list_count, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql, 0009_list_speed.sql, 0021_pipeline_speed.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.list_count(p_kind text, p_query jsonb, p_cap integer)
 RETURNS TABLE(n bigint, exact boolean)
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds := private.kind(p_kind);
    f private.list_filter := private.list_filter(p_kind, p_query);
    cs private.caller_sets := private.caller_sets(f);
    conds text := private.bind_caller_sets(f.conds, f.kind);
    hint text;
    stmt text;
    counted bigint;
begin
    if k.parent_kind is null and not f.sees_all and f.grams is null then
        hint := private.scope_hint(k);
    end if;
    if hint is null or position(hint in conds) = 0 then
        stmt := format('select 1 from %s where %s and %s', f.table_name, conds, private.search_index_cond(f));
    else
        -- split into two disjoint parts: owned by someone in scope, and the rest (pools, shares)
        conds := replace(conds, hint, 'true');
        stmt := format('select 1 from %1$s where %2$s and %3$I = any ($3) union all '
                       'select 1 from %1$s where %2$s and (%3$I = any ($3)) is not true and %4$s',
                       f.table_name, conds, k.owner_column, hint);
    end if;
    if p_cap is not null then
        stmt := format('select 1 from (%s) x limit %s', stmt, p_cap + 1);
    end if;
    stmt := format('select count(*) from (%s) x', stmt);
    perform private.list_debug(stmt, p_query, f, null, cs);
    execute stmt into counted
        using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, null::text,
              cs.sees_all, cs.owners, cs.pools, cs.shared, cs.shared_write, cs.managed_owners, cs.managed_pools;
    if p_cap is null then
        return query select counted, true;
    else
        return query select least(counted, p_cap), counted <= p_cap;
    end if;
end
$function$;
alter function private.list_count(p_kind text, p_query jsonb, p_cap integer) owner to salesdesk_owner;
grant execute on function private.list_count(p_kind text, p_query jsonb, p_cap integer) to salesdesk_api;
