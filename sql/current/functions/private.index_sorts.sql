-- private.index_sorts, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0017_list_machinery.sql

CREATE OR REPLACE PROCEDURE private.index_sorts(IN p_kind text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    k private.record_kinds;
    col text;
    bound text;
begin
    select * into strict k from private.record_kinds where kind = p_kind;
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
