-- private.refresh_visibility, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0004_hard_shell.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.refresh_visibility()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    changed bigint[];
begin
    -- One refresh at a time (a table lock: nobody but the owner can take it; EXCLUSIVE still
    -- lets the policies read these tables meanwhile).
    lock table private.visibility, private.pool_visibility in exclusive mode;

    if exists (
        with recursive up (start_id, id, depth) as (
            select e.id, e.manager_id, 1 from sales.employees e where e.manager_id is not null
            union all
            select up.start_id, e.manager_id, up.depth + 1
            from up join sales.employees e on e.id = up.id
            where e.manager_id is not null and up.id <> up.start_id and up.depth < 1000
        )
        select 1 from up where up.id = up.start_id
    ) then
        raise exception 'reporting line would form a cycle' using errcode = '23514';
    end if;
    if exists (
        with recursive up (start_id, id, depth) as (
            select u.id, u.parent_id, 1 from sales.org_units u where u.parent_id is not null
            union all
            select up.start_id, u.parent_id, up.depth + 1
            from up join sales.org_units u on u.id = up.id
            where u.parent_id is not null and up.id <> up.start_id and up.depth < 1000
        )
        select 1 from up where up.id = up.start_id
    ) then
        raise exception 'org unit tree would form a cycle' using errcode = '23514';
    end if;

    with fresh as materialized (select * from private.compute_visibility()),
    gone as (
        delete from private.visibility v
        where not exists (select 1 from fresh f where f.viewer_id = v.viewer_id and f.owner_id = v.owner_id)
        returning v.viewer_id
    ),
    flipped as (
        update private.visibility v set hands_on = f.hands_on
        from fresh f
        where f.viewer_id = v.viewer_id and f.owner_id = v.owner_id and f.hands_on <> v.hands_on
        returning v.viewer_id
    ),
    added as (
        insert into private.visibility (viewer_id, owner_id, hands_on)
        select f.viewer_id, f.owner_id, f.hands_on from fresh f
        where not exists (select 1 from private.visibility v
                          where v.viewer_id = f.viewer_id and v.owner_id = f.owner_id)
        returning viewer_id
    )
    select coalesce(array_agg(distinct x.viewer_id), '{}') into changed
    from (select viewer_id from gone union all select viewer_id from flipped
          union all select viewer_id from added) x;

    delete from private.visibility_sets s
    where not exists (select 1 from private.visibility v where v.viewer_id = s.viewer_id);
    insert into private.visibility_sets (viewer_id, owner_ids, owner_ranges, managed_ids)
    select v.viewer_id, array_agg(v.owner_id order by v.owner_id),
           range_agg(int8range(v.owner_id, v.owner_id, '[]')),
           coalesce(array_agg(v.owner_id order by v.owner_id) filter (where v.hands_on), '{}')
    from private.visibility v
    where v.viewer_id = any (changed)
       or not exists (select 1 from private.visibility_sets s where s.viewer_id = v.viewer_id)
    group by v.viewer_id
    on conflict (viewer_id) do update
        set owner_ids = excluded.owner_ids, owner_ranges = excluded.owner_ranges,
            managed_ids = excluded.managed_ids;

    with fresh as materialized (select * from private.compute_pool_visibility()),
    gone as (
        delete from private.pool_visibility v
        where not exists (select 1 from fresh f where f.viewer_id = v.viewer_id and f.unit_id = v.unit_id)
    ),
    flipped as (
        update private.pool_visibility v set manages = f.manages
        from fresh f
        where f.viewer_id = v.viewer_id and f.unit_id = v.unit_id and f.manages <> v.manages
    )
    insert into private.pool_visibility (viewer_id, unit_id, manages)
    select f.viewer_id, f.unit_id, f.manages from fresh f
    where not exists (select 1 from private.pool_visibility v
                      where v.viewer_id = f.viewer_id and v.unit_id = f.unit_id);
end
$function$;
alter function private.refresh_visibility() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
