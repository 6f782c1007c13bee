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
    -- reach: a record of the "via" kind points at one of this kind (a deal's customer), so this
    -- kind's rows `match` on their id the via records' column (`pick`); route: a record of this kind
    -- points at one of the via kind (a follow-up's deal), so its column matches the via records' id
    for r in select t.table_name, 'id' as match, t.owner_column, k.kind as via, k.table_name as via_table,
                    k.owner_column as via_owner, x.column_name as pick,
                    format('select %I from %s where id = any ($2)', x.column_name, k.table_name) as given
             from private.kind_reach x join private.record_kinds k on k.kind = x.kind
                  join private.record_kinds t on t.kind = x.target_kind
             where x.target_kind = p_kind
             union all
             select s.table_name, x.column_name, s.owner_column, t.kind, t.table_name, t.owner_column, 'id',
                    'select unnest($2)'
             from private.kind_routes x join private.record_kinds t on t.kind = x.target_kind
                  join private.record_kinds s on s.kind = x.kind
             where x.kind = p_kind loop
        sources := case when p_kept then private.member_record_ids(p_employee, r.via)
                        else private.share_record_ids(p_employee, r.via) end;
        continue when not p_kept and cardinality(sources) = 0;
        -- kept: also the via records the employee owns (two index scans, owner and id, not one OR
        -- that would read the whole table)
        execute format('select coalesce(array_agg(x.id), ''{}'') from %1$s x where x.%2$I in (%3$s%4$s) '
                       'and x.%5$I is distinct from $1',
                       r.table_name, r.match,
                       case when p_kept then format('select %I from %s where %I = $1 union all ',
                                                    r.pick, r.via_table, r.via_owner) else '' end,
                       r.given, r.owner_column)
            into more using p_employee, sources;
        ids := ids || more;
    end loop;
    return array(select distinct unnest(ids) order by 1);
end
$function$;
alter function private.fanned_out_ids(p_employee bigint, p_kind text, p_kept boolean) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
