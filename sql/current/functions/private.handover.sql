-- private.handover, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0004_hard_shell.sql, 0015_kind_references.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.handover(p_from bigint, p_to bigint, p_reason text)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds;
    moved integer := 0;
    n integer;
    owns boolean;
    mode text;
    to_owner bigint;
    pool bigint;
    pool_unit bigint;
begin
    if not pg_has_role(session_user, 'salesdesk_owner', 'member') then
        raise exception 'permission denied for function handover' using errcode = '42501';
    end if;
    for k in select * from private.record_kinds where parent_kind is null order by kind loop
        execute format('select exists (select 1 from %s where %I = $1)', k.table_name, k.owner_column)
            into owns using p_from;
        continue when not owns;  -- nothing of this kind: nothing to decide, nothing to block
        mode := case when p_to is not null then 'named'
                     else coalesce(k.handover, case when k.pool_column is null then 'successor' else 'pool' end)
                end;
        to_owner := null;
        pool := null;
        pool_unit := null;
        if mode = 'named' then
            to_owner := p_to;
        elsif mode = 'manager' then
            select e.manager_id into to_owner from sales.employees e where e.id = p_from;
            if to_owner is null then
                raise exception 'records of kind % need a successor (the leaver has no manager)', k.kind
                    using errcode = '23514';
            end if;
        elsif mode = 'pool' then
            select cp.id, cp.unit_id into pool, pool_unit
            from sales.employees e, private.unit_pool(e.unit_id) cp
            where e.id = p_from;
            if pool is null then
                raise exception 'no customer pool above the employee''s unit' using errcode = '23514';
            end if;
        else
            raise exception 'records of kind % need a successor', k.kind using errcode = '23514';
        end if;
        execute format('with moved as (update %1$s set %2$I = $1%3$s where %2$I = $2 returning id),
                             logged as (insert into sales.ownership_history
                                 (kind, record_id, from_owner_id, to_owner_id, to_pool_unit_id, reason,
                                  changed_by)
                                 select $3, id, $2, $1, $5, $4, private.current_employee_id() from moved),
                             dropped as (delete from sales.record_shares s using moved
                                 where s.kind = $3 and s.record_id = moved.id)
                        select count(*) from moved',
                       k.table_name, k.owner_column,
                       case when pool is not null then format(', %I = $6', k.pool_column) else '' end)
            into n using to_owner, p_from, k.kind, p_reason, pool_unit, pool;
        moved := moved + n;
    end loop;
    if p_to is not null then
        update sales.record_shares s set employee_id = p_to
        where s.employee_id = p_from
          and not exists (select 1 from sales.record_shares t
                          where t.kind = s.kind and t.record_id = s.record_id and t.employee_id = p_to)
          and private.record_owner(s.kind, s.record_id) is distinct from p_to;
    end if;
    delete from sales.record_shares where employee_id = p_from;
    return moved;
end
$function$;
alter function private.handover(p_from bigint, p_to bigint, p_reason text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
