-- private.index_sorts, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0017_list_machinery.sql, 0042_money_lists.sql, 0066_child_parent_owner.sql (the current text comes from the last)

CREATE OR REPLACE PROCEDURE private.index_sorts(IN p_kind text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    k private.record_kinds;
    col text;
    bound text;
    key_col text;
    scale integer;
begin
    select * into strict k from private.record_kinds where kind = p_kind;
    -- A numeric sort is read through a bigint key (the value in its smallest unit: fen for money):
    -- numeric's comparisons are not leakproof, so under row-level security a cursor condition on
    -- the numeric column cannot be an index condition, and a deep page walked the index from its
    -- start (1M customers by credit limit, manager: 3.7-5.9 s; bigint's are leakproof: ~4 ms).
    for col, scale in select distinct s.value, ((a.atttypmod - 4) & 65535)
                      from jsonb_each_text(k.sorts) s
                      join pg_attribute a on a.attrelid = k.table_name and a.attname = s.value
                      where a.atttypid = 'numeric'::regtype loop
        if scale is null or scale < 0 or (select atttypmod from pg_attribute
                                          where attrelid = k.table_name and attname = col) < 0 then
            raise exception 'kind %: the sort column % needs a declared scale, numeric(p, s)', p_kind, col;
        end if;
        key_col := col || '_key';
        execute format('alter table %s add column if not exists %I bigint generated always as '
                       '((%I * %s)::bigint) stored', k.table_name, key_col, col, (10::numeric ^ scale)::bigint);
        update private.record_kinds r
        set sorts = (select jsonb_object_agg(s.key, case when s.value = to_jsonb(col) then to_jsonb(key_col)
                                                         else s.value end)
                     from jsonb_each(r.sorts) s),
            derived = case when key_col = any (r.derived) then r.derived else r.derived || key_col end
        where r.kind = p_kind;
    end loop;
    select * into strict k from private.record_kinds where kind = p_kind;
    if exists (select 1 from unnest(k.derived) d where d like '%\_key'
               and exists (select 1 from jsonb_each_text(k.sorts) s where s.value = d)) then
        -- the stamp must not count a key as a change: in a BEFORE trigger a generated column's new
        -- value is not computed yet, so it would differ from the old on every update
        call private.protect_table(k.table_name, p_audit_kind => k.kind, p_derived => k.derived);
    end if;
    for col in select distinct s.value from jsonb_each_text(k.sorts) s order by 1 loop
        bound := (select c.relname from pg_class c where c.oid = k.table_name) || '_' || col || '_sortable';
        if not col = any (k.derived) and exists (
               select 1 from pg_attribute a where a.attrelid = k.table_name and a.attname = col
               and a.atttypid in ('text'::regtype, 'varchar'::regtype) and a.atttypmod < 0)
           and not exists (select 1 from pg_constraint c where c.conrelid = k.table_name and c.conname = bound) then
            execute format('alter table %s add constraint %I check (octet_length(%I) <= 2000) not valid',
                           k.table_name, bound, col);
        end if;
        if k.parent_kind is not null then
            call private.ensure_index(k.table_name, array[k.parent_column, col, 'id']);
            if k.across_parents then  -- listed across parents (0042): the sort's own order too
                call private.ensure_index(k.table_name, array[col, 'id']);
            end if;
            if k.parent_owner is not null then  -- the parent's owner kept (0066): each owner's rows in order
                call private.ensure_index(k.table_name, array[k.parent_owner, col, 'id']);
            end if;
        else
            call private.ensure_index(k.table_name, array[col, 'id']);
            call private.ensure_index(k.table_name, array[k.owner_column, col, 'id']);
            if k.pool_column is not null then
                call private.ensure_index(k.table_name, array[k.pool_column, col, 'id'],
                                          format('%I is not null', k.pool_column));
            end if;
        end if;
    end loop;
end
$procedure$;
alter procedure private.index_sorts(IN p_kind text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
