-- private.fanned_out_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0051_route_sets_kept.sql

CREATE OR REPLACE FUNCTION private.fanned_out_ids(p_employee bigint, p_kind text, p_kept boolean)
 RETURNS bigint[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    ids bigint[] := '{}';
    more bigint[];
    sources bigint[];
    r record;
begin
    -- reach: a record of kind x's column points at the target (a deal's customer)
    for r in select x.column_name, k.kind, k.table_name, k.owner_column, t.table_name as target_table,
                    t.owner_column as target_owner
             from private.kind_reach x join private.record_kinds k on k.kind = x.kind
                  join private.record_kinds t on t.kind = x.target_kind
             where x.target_kind = p_kind loop
        if p_kept then
            sources := private.member_record_ids(p_employee, r.kind);
            -- two index scans (owner, id), not one OR that would read the whole table
            execute format('select coalesce(array_agg(t.id), ''{}'') from %4$s t where t.id in ('
                           'select %1$I from %2$s where %3$I = $1 '
                           'union all select %1$I from %2$s where id = any ($2)) and t.%5$I is distinct from $1',
                           r.column_name, r.table_name, r.owner_column, r.target_table, r.target_owner)
                into more using p_employee, sources;
        else
            sources := private.share_record_ids(p_employee, r.kind);
            continue when cardinality(sources) = 0;
            execute format('select coalesce(array_agg(t.id), ''{}'') from %4$s t where t.id in ('
                           'select %1$I from %2$s where id = any ($2)) and t.%5$I is distinct from $1',
                           r.column_name, r.table_name, r.owner_column, r.target_table, r.target_owner)
                into more using p_employee, sources;
        end if;
        ids := ids || more;
    end loop;
    -- route: a record of this kind points at a record of the target kind (a follow-up's deal)
    for r in select x.column_name, x.target_kind, t.table_name as target_table, t.owner_column,
                    s.table_name, s.owner_column as own_column
             from private.kind_routes x
             join private.record_kinds t on t.kind = x.target_kind
             join private.record_kinds s on s.kind = x.kind
             where x.kind = p_kind loop
        if p_kept then
            sources := private.member_record_ids(p_employee, r.target_kind);
            execute format('select coalesce(array_agg(id), ''{}'') from %1$s where %2$I in '
                           '(select t.id from %3$s t where t.%4$I = $1 union all select unnest($2)) '
                           'and %5$I is distinct from $1',
                           r.table_name, r.column_name, r.target_table, r.owner_column, r.own_column)
                into more using p_employee, sources;
        else
            sources := private.share_record_ids(p_employee, r.target_kind);
            continue when cardinality(sources) = 0;
            execute format('select coalesce(array_agg(id), ''{}'') from %1$s where %2$I = any ($2) '
                           'and %3$I is distinct from $1', r.table_name, r.column_name, r.own_column)
                into more using p_employee, sources;
        end if;
        ids := ids || more;
    end loop;
    return array(select distinct unnest(ids) order by 1);
end
$function$;
alter function private.fanned_out_ids(p_employee bigint, p_kind text, p_kept boolean) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
