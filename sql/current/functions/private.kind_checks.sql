-- private.kind_checks, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0004_hard_shell.sql, 0009_list_speed.sql, 0054_child_lists.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.kind_checks(k private.record_kinds, OUT read_check text, OUT write_check text, OUT hand_on_check text)
 RETURNS record
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    parent private.record_kinds;
begin
    if k.parent_kind is null then
        -- reads test the owner by binary search over the caller's ranges (the same set as
        -- visible_owner_ids(): `= any` over a manager's 1,250 owners is a linear scan per row,
        -- half the time of a capped count); writes keep the array, which the list binds as a value
        read_check := format(
            '(select private.sees_all()) or %1$I <@ (select private.visible_owner_ranges())',
            k.owner_column);
        write_check := format(
            '(select private.sees_all()) or %1$I = any ((select private.visible_owner_ids())::bigint[])',
            k.owner_column);
        if k.pool_column is not null then
            read_check := read_check || format(
                ' or %1$I = any ((select private.visible_pool_ids())::bigint[])', k.pool_column);
            -- pool records are edited by whoever manages the pool
            write_check := write_check || format(
                ' or %1$I = any ((select private.managed_pool_ids())::bigint[])', k.pool_column);
        end if;
        if k.shares then
            read_check := read_check || format(
                ' or id = any ((select private.shared_record_ids(%1$L))::bigint[])', k.kind);
            write_check := write_check || format(
                ' or id = any ((select private.shared_record_ids(%1$L, true))::bigint[])', k.kind);
        end if;
        hand_on_check := format('%1$I = any ((select private.managed_owner_ids())::bigint[])',
                                k.owner_column);
        if k.pool_column is not null then
            hand_on_check := hand_on_check || format(
                ' or %1$I is null and %2$I = any ((select private.managed_pool_ids())::bigint[])',
                k.owner_column, k.pool_column);
        end if;
    else
        select * into parent from private.record_kinds where kind = k.parent_kind;
        -- A child row is seen when its parent is, written when its parent may be written, and
        -- so on: the parent's own condition inside a subquery over the parent table (where its
        -- unqualified columns resolve to the parent), which the parent's policy also filters.
        read_check := format('coalesce((select true from %1$s where %1$s.id = %2$s.%3$I), false)',
                             parent.table_name, k.table_name, k.parent_column);
        write_check := format('coalesce((select true from %1$s where %1$s.id = %2$s.%3$I and (%4$s)), false)',
                              parent.table_name, k.table_name, k.parent_column, parent.write_check);
        hand_on_check := format('coalesce((select true from %1$s where %1$s.id = %2$s.%3$I and (%4$s)), false)',
                                parent.table_name, k.table_name, k.parent_column, parent.hand_on_check);
    end if;
end
$function$;
alter function private.kind_checks(k private.record_kinds, OUT read_check text, OUT write_check text, OUT hand_on_check text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
