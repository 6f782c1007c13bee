-- The records each employee reaches through the records they own or are a member of, kept (issue 12
-- §1 and §7: the API within 1.5× or +1 ms of its bypass statement).
--
-- private.computed_shared_record_ids (0026) fanned out on every statement: a salesperson's
-- follow-ups page computed the follow-ups routed to them (those others logged on the deals they
-- own or are on the team of: 186 deals, 1,116 buffers, 1.1 ms) and, for the customers' names
-- beside them, the customers they reach through those deals (183 deals, 1,124 buffers, 1.45 ms).
-- The bypass statement is handed both ready-made, so the page ran 2.0× (tenth scale, load 2) to
-- 2.45× (full size, idle) its bypass; the salesperson's customers page, which computes the second,
-- 1.5×.
--
-- That fan-out only changes when an owner, a team, a follow-up's deal or a customer's owner does,
-- so it is now kept per employee and kind in private.route_sets and read with one primary-key
-- lookup. What is kept is exactly the part of 0026's set that comes from records the employee
-- owns or is a member of (every declared reach and route, from private.kind_reach, kind_routes
-- and kind_members: nothing here names a kind). Shares expire with time, so what the employee
-- reaches through records shared with them is still computed per statement, as is the direct
-- part (shares and memberships of the kind itself); both are one index range each.
--
-- Kept by statement triggers on every table a declared reach or route reads (the source and
-- target kinds, their member tables), installed again whenever a reach, route or member table is
-- declared. Each recomputes the sets of the employees a change can concern (the owners and members
-- of the records the change touches) from the tables as they stand, after locking those source
-- records (no key update, in id order) and then the employees' rows: two transactions that touch
-- the same deal — one adds a team member, the other a follow-up — thus apply one after the other,
-- and the second reads what the first committed (READ COMMITTED: each statement of the refresh
-- takes a new snapshot). Removal still revokes at the next statement: the row is rewritten in the
-- same transaction as the change.
--
-- Bulk loaders that pause these triggers call private.rebuild_route_sets() afterwards, as this
-- migration does for the records already there.

create table private.route_sets (
    employee_id bigint not null,
    kind text not null references private.record_kinds (kind),
    ids bigint[] not null,
    constraint route_sets_pkey primary key (employee_id, kind)
);
alter table private.route_sets owner to salesdesk_owner;
alter table private.route_sets enable row level security;
alter table private.route_sets force row level security;
-- no policy and no grant: only the owner's functions below read and write these rows

-- The records of a kind an employee is a member of (any access), from every member table.
create function private.member_record_ids(p_employee bigint, p_kind text) returns bigint[]
    language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
declare
    ids bigint[] := '{}';
    more bigint[];
    m private.kind_members;
begin
    for m in select * from private.kind_members where kind = p_kind loop
        execute format('select coalesce(array_agg(%1$I), ''{}'') from %2$s where %3$I = $1',
                       m.record_column, m.table_name, m.employee_column)
            into more using p_employee;
        ids := ids || more;
    end loop;
    return ids;
end
$$;
alter function private.member_record_ids(bigint, text) owner to salesdesk_owner;
revoke all on function private.member_record_ids(bigint, text) from public;

-- The records of a kind shared with an employee and not expired (read or write).
create function private.share_record_ids(p_employee bigint, p_kind text) returns bigint[]
    language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select coalesce(array_agg(s.record_id), '{}') from sales.record_shares s
    where s.employee_id = p_employee and s.kind = p_kind
      and (s.expires_at is null or s.expires_at > statement_timestamp())
$$;
alter function private.share_record_ids(bigint, text) owner to salesdesk_owner;
revoke all on function private.share_record_ids(bigint, text) from public;

-- The records of p_kind an employee reaches through the records of the declared reaches and
-- routes: with p_kept, those they own or are a member of (what private.route_sets keeps); else
-- those shared with them (computed per statement). Records the employee owns are left out: they
-- are seen as their own, never as "shared" (as 0026).
create function private.fanned_out_ids(p_employee bigint, p_kind text, p_kept boolean) returns bigint[]
    language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
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
$$;
alter function private.fanned_out_ids(bigint, text, boolean) owner to salesdesk_owner;
revoke all on function private.fanned_out_ids(bigint, text, boolean) from public;

-- The employees on the teams of these records of a kind, from every member table.
create function private.member_employee_ids(p_kind text, p_ids bigint[]) returns bigint[]
    language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
declare
    people bigint[] := '{}';
    more bigint[];
    m private.kind_members;
begin
    for m in select * from private.kind_members where kind = p_kind loop
        execute format('select coalesce(array_agg(%1$I), ''{}'') from %2$s where %3$I = any ($1)',
                       m.employee_column, m.table_name, m.record_column)
            into more using p_ids;
        people := people || more;
    end loop;
    return people;
end
$$;
alter function private.member_employee_ids(text, bigint[]) owner to salesdesk_owner;
revoke all on function private.member_employee_ids(text, bigint[]) from public;

-- The kinds whose sets are kept: targets of a reach, kinds with a route.
create function private.kept_route_kinds() returns setof text
    language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select target_kind from private.kind_reach union select kind from private.kind_routes
$$;
alter function private.kept_route_kinds() owner to salesdesk_owner;
revoke all on function private.kept_route_kinds() from public;

-- Recompute the kept sets of these employees for one kind. The caller has locked the source
-- records the change touched; the employees' rows are locked here in id order (made first if
-- new), and the sets are then read in a statement of their own, which sees what a transaction
-- waited for has committed.
create function private.refresh_route_sets(p_employees bigint[], p_kind text) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    p_employees := array(select distinct e from unnest(p_employees) e where e is not null order by 1);
    if cardinality(p_employees) = 0 then
        return;
    end if;
    insert into private.route_sets (employee_id, kind, ids)
    select e, p_kind, '{}' from unnest(p_employees) e
    on conflict (employee_id, kind) do nothing;
    perform 1 from private.route_sets r where r.kind = p_kind and r.employee_id = any (p_employees)
    order by r.employee_id for update;
    update private.route_sets r set ids = private.fanned_out_ids(r.employee_id, p_kind, true)
    where r.kind = p_kind and r.employee_id = any (p_employees);
end
$$;
alter function private.refresh_route_sets(bigint[], text) owner to salesdesk_owner;
revoke all on function private.refresh_route_sets(bigint[], text) from public;

-- Every employee's kept sets, from the tables as they stand (after a bulk load, and here).
create function private.rebuild_route_sets() returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    k text;
begin
    delete from private.route_sets;
    for k in select private.kept_route_kinds() loop
        insert into private.route_sets (employee_id, kind, ids)
        select s.employee_id, k, s.ids
        from (select e.id as employee_id, private.fanned_out_ids(e.id, k, true) as ids
              from sales.employees e) s
        where cardinality(s.ids) > 0;
    end loop;
end
$$;
alter function private.rebuild_route_sets() owner to salesdesk_owner;
revoke all on function private.rebuild_route_sets() from public;

-- The statement trigger on every table a reach or route reads: which employees' sets of which
-- kinds the statement's rows can change, the source records locked, the sets recomputed.
-- (An employee null — a pool's record — concerns nobody.)
create function private.route_sets_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
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
$$;
alter function private.route_sets_changed() owner to salesdesk_owner;
revoke all on function private.route_sets_changed() from public;

-- The triggers on every table a declared reach or route reads, and the sets rebuilt; again
-- whenever a reach, route or member table is declared.
create function private.install_route_sets() returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    t regclass;
begin
    for t in select k.table_name from private.kind_reach x join private.record_kinds k on k.kind in (x.kind, x.target_kind)
             union select k.table_name from private.kind_routes x join private.record_kinds k on k.kind in (x.kind, x.target_kind)
             union select m.table_name from private.kind_members m
                   where m.kind in (select kind from private.kind_reach union select target_kind from private.kind_routes) loop
        execute format('drop trigger if exists route_sets_insert on %s', t);
        execute format('drop trigger if exists route_sets_update on %s', t);
        execute format('drop trigger if exists route_sets_delete on %s', t);
        -- (a trigger with transition tables serves one event: three of them)
        execute format('create trigger route_sets_insert after insert on %s referencing new table as new_rows '
                       'for each statement execute function private.route_sets_changed()', t);
        execute format('create trigger route_sets_update after update on %s '
                       'referencing old table as old_rows new table as new_rows '
                       'for each statement execute function private.route_sets_changed()', t);
        execute format('create trigger route_sets_delete after delete on %s referencing old table as old_rows '
                       'for each statement execute function private.route_sets_changed()', t);
    end loop;
    perform private.rebuild_route_sets();
end
$$;
alter function private.install_route_sets() owner to salesdesk_owner;
revoke all on function private.install_route_sets() from public;

create function private.route_declarations_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    perform private.install_route_sets();
    return null;
end
$$;
alter function private.route_declarations_changed() owner to salesdesk_owner;
revoke all on function private.route_declarations_changed() from public;

create trigger route_sets_declared after insert or update or delete on private.kind_reach
    for each statement execute function private.route_declarations_changed();
create trigger route_sets_declared after insert or update or delete on private.kind_routes
    for each statement execute function private.route_declarations_changed();
create trigger route_sets_declared after insert or update or delete on private.kind_members
    for each statement execute function private.route_declarations_changed();

-- 0026's set: the direct part (shares and memberships of the kind itself), the kept fan-out, and
-- the fan-out through shared records, computed here.
create or replace function private.computed_shared_record_ids(p_kind text, p_write boolean default false)
    returns bigint[]
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.current_employee_id();
    ids bigint[] := private.direct_record_ids(p_kind, p_write);
begin
    if p_write or me is null
       or not exists (select 1 from private.kind_reach where target_kind = p_kind
                      union all select 1 from private.kind_routes where kind = p_kind) then
        return ids;
    end if;
    ids := ids || coalesce((select r.ids from private.route_sets r where r.employee_id = me and r.kind = p_kind), '{}')
               || private.fanned_out_ids(me, p_kind, false);
    return array(select distinct unnest(ids));
end
$$;

select private.install_route_sets();
