-- private.move_record, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0004_hard_shell.sql

CREATE OR REPLACE FUNCTION private.move_record(p_kind text, p_id bigint, p_mode text, p_new_owner bigint, p_reason text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET lock_timeout TO '3s'
AS $function$
declare
    me bigint := private.require_employee();
    k private.record_kinds;
    h record;
    target_pool bigint;
    target_unit bigint;
    from_unit bigint;
begin
    select * into k from private.record_kinds where kind = p_kind and parent_kind is null;
    if not found then
        raise exception 'unknown record kind' using errcode = '22023';
    end if;
    h := private.record_holder(p_kind, p_id);
    if p_mode = 'claim' then
        if h.owner_id is not null or h.pool_id is null
           or not (private.sees_all() or h.pool_id = any (private.visible_pool_ids())) then
            raise exception 'record not found' using errcode = 'P0002';
        end if;
        p_new_owner := me;
        p_reason := coalesce(nullif(btrim(p_reason), ''), 'claimed from pool');
    elsif not private.may_hand_on(h.owner_id, h.pool_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if coalesce(btrim(p_reason), '') = '' then
        raise exception 'a reason is required' using errcode = '23514';
    end if;
    if p_mode = 'transfer' then
        if not exists (select 1 from sales.employees e where e.id = p_new_owner and e.active) then
            raise exception 'the new owner must be an active employee' using errcode = '23514';
        end if;
        if p_new_owner is not distinct from h.owner_id then
            raise exception 'the record already belongs to this person' using errcode = '23514';
        end if;
    elsif p_mode = 'release' then
        if h.owner_id is null then
            raise exception 'the record is already in a pool' using errcode = '23514';
        end if;
        select up.id, up.unit_id into target_pool, target_unit
        from sales.employees e, private.unit_pool(e.unit_id) up where e.id = h.owner_id;
        if target_pool is null then
            raise exception 'no customer pool above the owner''s unit' using errcode = '23514';
        end if;
        p_new_owner := null;
    elsif p_mode <> 'claim' then
        raise exception 'unknown mode' using errcode = '22023';
    end if;
    -- now lock, and make sure nobody moved it meanwhile
    execute format('select 1 from %s where id = $1 and %I is not distinct from $2 and %s is not distinct from $3 '
                   'for no key update', k.table_name, k.owner_column,
                   coalesce(quote_ident(k.pool_column), 'null::bigint'))
        using p_id, h.owner_id, h.pool_id;
    if not found then
        raise exception 'record changed meanwhile' using errcode = '40001';
    end if;
    if k.pool_column is not null then
        execute format('update %s set %I = $1, %I = $2 where id = $3', k.table_name, k.owner_column,
                       k.pool_column)
            using p_new_owner, target_pool, p_id;
        select p.unit_id into from_unit from sales.customer_pools p where p.id = h.pool_id;
    else
        execute format('update %s set %I = $1 where id = $2', k.table_name, k.owner_column)
            using p_new_owner, p_id;
    end if;
    insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id,
                                         from_pool_unit_id, to_pool_unit_id, reason, changed_by)
    values (p_kind, p_id, h.owner_id, p_new_owner, from_unit, target_unit, p_reason, me);
    delete from sales.record_shares where kind = p_kind and record_id = p_id;
end
$function$;
alter function private.move_record(p_kind text, p_id bigint, p_mode text, p_new_owner bigint, p_reason text) owner to salesdesk_owner;
grant execute on function private.move_record(p_kind text, p_id bigint, p_mode text, p_new_owner bigint, p_reason text) to salesdesk_api;
