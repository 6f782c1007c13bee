-- private.computed_shared_record_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0026_api_overhead.sql

CREATE OR REPLACE FUNCTION private.computed_shared_record_ids(p_kind text, p_write boolean DEFAULT false)
 RETURNS bigint[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.current_employee_id();
    ids bigint[] := private.direct_record_ids(p_kind, p_write);
    more bigint[];
    r record;
    extended boolean := false;
begin
    if p_write or me is null then
        return ids;
    end if;
    -- (records the caller owns are left out: they are seen as their own, never as "shared")
    for r in select x.column_name, k.kind, k.table_name, k.owner_column, t.table_name as target_table,
                    t.owner_column as target_owner
             from private.kind_reach x join private.record_kinds k on k.kind = x.kind
                  join private.record_kinds t on t.kind = x.target_kind
             where x.target_kind = p_kind loop
        -- two index scans (owner, id), not one OR that would read the whole table
        execute format('select coalesce(array_agg(t.id), ''{}'') from %4$s t where t.id in ('
                       'select %1$I from %2$s where %3$I = $1 '
                       'union all select %1$I from %2$s where id = any ($2)) and t.%5$I is distinct from $1',
                       r.column_name, r.table_name, r.owner_column, r.target_table, r.target_owner)
            into more using me, private.direct_record_ids(r.kind);
        ids := ids || more;
        extended := true;
    end loop;
    for r in select x.column_name, x.target_kind, t.table_name as target_table, t.owner_column,
                    s.table_name, s.owner_column as own_column
             from private.kind_routes x
             join private.record_kinds t on t.kind = x.target_kind
             join private.record_kinds s on s.kind = x.kind
             where x.kind = p_kind loop
        execute format('select coalesce(array_agg(id), ''{}'') from %1$s where %2$I in '
                       '(select t.id from %3$s t where t.%4$I = $1 union all select unnest($2)) '
                       'and %5$I is distinct from $1',
                       r.table_name, r.column_name, r.target_table, r.owner_column, r.own_column)
            into more using me, private.direct_record_ids(r.target_kind);
        ids := ids || more;
        extended := true;
    end loop;
    if extended then
        ids := array(select distinct unnest(ids));
    end if;
    return ids;
end
$function$;
alter function private.computed_shared_record_ids(p_kind text, p_write boolean) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
