-- private.declare_reference, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0015_kind_references.sql, 0047_import_bulk.sql (the current text comes from the last)

CREATE OR REPLACE PROCEDURE private.declare_reference(IN p_kind text, IN p_column text, IN p_target_kind text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    k private.record_kinds;
    target private.record_kinds;
    col smallint;
    fn text;
begin
    select * into k from private.record_kinds where kind = p_kind;
    select * into target from private.record_kinds where kind = p_target_kind;
    if k.kind is null or target.kind is null then
        raise exception 'reference %.% -> %: declare both kinds first', p_kind, p_column, p_target_kind;
    end if;
    select attnum into col from pg_attribute
    where attrelid = k.table_name and attname = p_column and not attisdropped
      and atttypid in ('bigint'::regtype, 'integer'::regtype);
    if col is null then
        raise exception 'reference %.%: no integer column % in %', p_kind, p_column, p_column, k.table_name;
    end if;
    insert into private.kind_references (kind, column_name, target_kind)
    values (p_kind, p_column, p_target_kind)
    on conflict (kind, column_name) do update set target_kind = excluded.target_kind;
    fn := left('check_reference_' || (select relname from pg_class where oid = k.table_name) || '_' || p_column, 63);
    execute format($f$create or replace function private.%1$I() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $body$
begin
    -- written by private.declare_reference(%2$L, %3$L, %4$L): the writer must see the record
    if new.%3$I is null or tg_op = 'UPDATE' and new.%3$I is not distinct from old.%3$I then
        return new;
    end if;
    if not exists (select 1 from %5$s t where t.id = new.%3$I) then
        raise exception 'referenced record not found' using errcode = 'P0002';
    end if;
    return new;
end
$body$
$f$, fn, p_kind, p_column, p_target_kind, target.table_name);
    execute format('alter function private.%I() owner to salesdesk_owner', fn);
    execute format('revoke all on function private.%I() from public', fn);
    execute format('drop trigger if exists %I on %s', 'check_reference_' || p_column, k.table_name);
    execute format('create trigger %I before insert or update of %I on %s for each row '
                   'execute function private.%I()',
                   'check_reference_' || p_column, p_column, k.table_name, fn);
    if not exists (select 1 from pg_index i where i.indrelid = k.table_name and i.indkey[0] = col) then
        execute format('create index %I on %s (%I)',
                       (select relname from pg_class where oid = k.table_name) || '_' || p_column || '_idx',
                       k.table_name, p_column);
    end if;
end
$procedure$;
alter procedure private.declare_reference(IN p_kind text, IN p_column text, IN p_target_kind text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
