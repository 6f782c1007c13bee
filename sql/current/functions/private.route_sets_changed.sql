-- private.route_sets_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0051_route_sets_kept.sql

CREATE OR REPLACE FUNCTION private.route_sets_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    tbl regclass := tg_relid;
    rows_sql text;   -- the statement's rows, old and new, as one relation
    changed text;    -- for an update: the rows whose columns of interest changed
    r record;
    m record;
    ids bigint[];
    more bigint[];
    people bigint[];
    affected jsonb := '{}';  -- kind -> employees
begin
    rows_sql := case tg_op when 'INSERT' then 'select * from new_rows'
                           when 'DELETE' then 'select * from old_rows'
                           else 'select * from old_rows union all select * from new_rows' end;
    -- a reach's source (a deal: its owner, its customer) and a route's target (a deal: its owner)
    for r in select x.kind, x.column_name, x.target_kind, k.table_name, k.owner_column, false as is_route
             from private.kind_reach x join private.record_kinds k on k.kind = x.kind
             where k.table_name = tbl
             union all
             select x.target_kind, null, x.kind, t.table_name, t.owner_column, true
             from private.kind_routes x join private.record_kinds t on t.kind = x.target_kind
             where t.table_name = tbl and tg_op = 'UPDATE' loop
        changed := case when tg_op <> 'UPDATE' then 'true'
                        else format('exists (select 1 from old_rows o join new_rows n on n.id = o.id '
                                    'where n.id = x.id and (o.%1$I is distinct from n.%1$I%2$s))',
                                    r.owner_column,
                                    case when r.column_name is not null
                                         then format(' or o.%1$I is distinct from n.%1$I', r.column_name)
                                         else '' end) end;
        execute format('select coalesce(array_agg(distinct x.id), ''{}''), '
                       'coalesce(array_agg(distinct x.%1$I) filter (where x.%1$I is not null), ''{}'') '
                       'from (%2$s) x where %3$s', r.owner_column, rows_sql, changed)
            into ids, people;
        continue when cardinality(ids) = 0;
        if not r.is_route then  -- the members of a moved deal reach its customer as the owner does
            people := people || private.member_employee_ids(r.kind, ids);
        end if;
        affected := jsonb_set(affected, array[r.target_kind],
                              coalesce(affected -> r.target_kind, '[]') || to_jsonb(people));
    end loop;
    -- a member table of a reach's source or a route's target (a deal's team)
    for m in select km.*, x.target_kind
             from private.kind_members km
             join (select kind, target_kind from private.kind_reach
                   union all select target_kind, kind from private.kind_routes) x on x.kind = km.kind
             where km.table_name = tbl loop
        execute format('select coalesce(array_agg(distinct x.%1$I), ''{}''), '
                       'coalesce(array_agg(distinct x.%2$I), ''{}'') from (%3$s) x',
                       m.record_column, m.employee_column, rows_sql)
            into ids, people;
        continue when cardinality(ids) = 0;
        execute format('select 1 from %s where id = any ($1) order by id for no key update',
                       (select table_name from private.record_kinds where kind = m.kind)) using ids;
        affected := jsonb_set(affected, array[m.target_kind],
                              coalesce(affected -> m.target_kind, '[]') || to_jsonb(people));
    end loop;
    -- a reach's target changing owner (a customer handed on): the owners and members of the
    -- records that reach it
    if tg_op = 'UPDATE' then
        for r in select x.kind, x.column_name, x.target_kind, k.table_name as source_table,
                        k.owner_column as source_owner, t.owner_column
                 from private.kind_reach x join private.record_kinds k on k.kind = x.kind
                      join private.record_kinds t on t.kind = x.target_kind
                 where t.table_name = tbl loop
            execute format('select coalesce(array_agg(o.id), ''{}'') from old_rows o join new_rows n on n.id = o.id '
                           'where o.%1$I is distinct from n.%1$I', r.owner_column)
                into ids;
            continue when cardinality(ids) = 0;
            execute format('select coalesce(array_agg(s.id order by s.id), ''{}''), '
                           'coalesce(array_agg(s.%3$I) filter (where s.%3$I is not null), ''{}'') '
                           'from (select id, %3$I from %1$s where %2$I = any ($1) order by id for no key update) s',
                           r.source_table, r.column_name, r.source_owner)
                into more, people using ids;
            people := people || private.member_employee_ids(r.kind, more);
            affected := jsonb_set(affected, array[r.target_kind],
                                  coalesce(affected -> r.target_kind, '[]') || to_jsonb(people));
        end loop;
    end if;
    -- a route's records (follow-ups): the owners and members of the records they point at, before
    -- and after
    for r in select x.kind, x.column_name, x.target_kind, t.table_name as target_table,
                    t.owner_column as target_owner, s.owner_column
             from private.kind_routes x join private.record_kinds t on t.kind = x.target_kind
                  join private.record_kinds s on s.kind = x.kind
             where s.table_name = tbl loop
        changed := case when tg_op <> 'UPDATE' then 'true'
                        else format('exists (select 1 from old_rows o join new_rows n on n.id = o.id '
                                    'where n.id = x.id and (o.%1$I is distinct from n.%1$I '
                                    'or o.%2$I is distinct from n.%2$I))', r.column_name, r.owner_column) end;
        execute format('select coalesce(array_agg(distinct x.%1$I), ''{}'') from (%2$s) x '
                       'where x.%1$I is not null and %3$s', r.column_name, rows_sql, changed)
            into ids;
        continue when cardinality(ids) = 0;
        execute format('select coalesce(array_agg(t.id order by t.id), ''{}''), '
                       'coalesce(array_agg(t.%2$I) filter (where t.%2$I is not null), ''{}'') '
                       'from (select id, %2$I from %1$s where id = any ($1) order by id for no key update) t',
                       r.target_table, r.target_owner)
            into more, people using ids;
        people := people || private.member_employee_ids(r.target_kind, more);
        affected := jsonb_set(affected, array[r.kind],
                              coalesce(affected -> r.kind, '[]') || to_jsonb(people));
    end loop;
    for r in select key as kind, value as people from jsonb_each(affected) loop
        perform private.refresh_route_sets(array(select jsonb_array_elements_text(r.people)::bigint), r.kind);
    end loop;
    return null;
end
$function$;
alter function private.route_sets_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
