-- private.audit_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0047_import_bulk.sql

CREATE OR REPLACE FUNCTION private.audit_rows()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds;
    skip text[];
    recs jsonb[];
    olds jsonb[];
    news jsonb[];
    parents bigint[];
    parent private.record_kinds;
    r_parent bigint[];
    r_kind text[];
    r_root bigint[];
    r_owner bigint[];
begin
    select * into k from private.record_kinds where kind = tg_argv[0];
    skip := array['updated_at', 'updated_by', 'version'] || k.derived;
    -- the statement's rows: the record (NEW, or OLD for a delete; its id, owner and parent are never
    -- derived) and its values before and after without stamps and derived columns; an update that
    -- changed only those is no entry
    -- (offset 0: each row's JSON is made once, not once per key compared)
    if tg_op = 'INSERT' then
        select array_agg(r.rec order by r.id), array_agg(null::jsonb order by r.id), array_agg(r.rec order by r.id)
        into recs, olds, news
        from (select n.id, to_jsonb(n) - skip as rec from new_rows n offset 0) r;
    elsif tg_op = 'DELETE' then
        select array_agg(r.rec order by r.id), array_agg(r.rec order by r.id), array_agg(null::jsonb order by r.id)
        into recs, olds, news
        from (select o.id, to_jsonb(o) - skip as rec from old_rows o offset 0) r;
    else
        select array_agg(r.rec order by r.id), array_agg(d.old_values order by r.id),
               array_agg(d.new_values order by r.id)
        into recs, olds, news
        from (select n.id, to_jsonb(o) - skip as was, to_jsonb(n) - skip as rec
              from old_rows o join new_rows n on n.id = o.id offset 0) r
            cross join lateral (
                select jsonb_object_agg(e.key, e.value) as old_values,
                       jsonb_object_agg(e.key, r.rec -> e.key) as new_values
                from jsonb_each(r.was) e
                where e.value is distinct from r.rec -> e.key) d
        where d.old_values is not null;
    end if;
    if recs is null then
        return null;
    end if;
    if k.parent_kind is not null then
        -- the parent chain is read past RLS, once per parent
        parents := array(select distinct (r ->> k.parent_column)::bigint from unnest(recs) r
                         where r ->> k.parent_column is not null);
        select * into parent from private.record_kinds where kind = k.parent_kind;
        if parent.parent_kind is null then
            execute format('select array_agg(q.id), array_agg(%L::text), array_agg(q.id), array_agg(p.%I) '
                           'from unnest($1) q(id) left join %s p on p.id = q.id', parent.kind,
                           parent.owner_column, parent.table_name)
                into r_parent, r_kind, r_root, r_owner using parents;
        else
            select array_agg(p.id), array_agg(rt.root_kind), array_agg(rt.root_id),
                   array_agg(private.record_owner(rt.root_kind, rt.root_id))
            into r_parent, r_kind, r_root, r_owner
            from unnest(parents) p(id) cross join lateral private.record_root(k.parent_kind, p.id) rt;
        end if;
    end if;
    with entries as (
        select e.n, (e.rec ->> 'id')::bigint as rec_id, e.old_values, e.new_values,
               case when k.parent_kind is null then k.kind else rt.root_kind end as rk,
               case when k.parent_kind is null then (e.rec ->> 'id')::bigint else rt.root_id end as rid,
               case when k.parent_kind is null then (e.rec ->> k.owner_column)::bigint else rt.owner_id end
                   as owner
        from unnest(recs, olds, news) with ordinality e(rec, old_values, new_values, n)
            left join unnest(r_parent, r_kind, r_root, r_owner) rt(parent_id, root_kind, root_id, owner_id)
                on k.parent_kind is not null and rt.parent_id = (e.rec ->> k.parent_column)::bigint
    ), logged as (
        insert into sales.audit_log (actor_id, kind, record_id, root_kind, root_id, owner_id, op,
                                     old_values, new_values)
        select private.current_employee_id(), k.kind, x.rec_id, x.rk, x.rid, x.owner, tg_op,
               x.old_values, x.new_values
        from entries x order by x.n
    )
    insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
    select k.kind, x.rec_id, x.rk, x.rid, tg_op,
           case when tg_op = 'UPDATE' and k.parent_kind is null and x.new_values ? k.owner_column
                then x.owner end  -- the new owner
    from entries x order by x.n;
    return null;
end
$function$;
alter function private.audit_rows() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
