-- private.declare_parent_owner, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0066_child_parent_owner.sql

CREATE OR REPLACE PROCEDURE private.declare_parent_owner(IN p_kind text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    k private.record_kinds;
    parent private.record_kinds;
    col constant text := 'parent_owner_id';
    child_name text;
    keep text;
    moved text;
begin
    select * into k from private.record_kinds where kind = p_kind;
    if not found or k.parent_kind is null or not k.across_parents then
        raise exception 'kind %: only a child kind listed across its parents keeps its parent''s owner', p_kind;
    end if;
    select * into strict parent from private.record_kinds where kind = k.parent_kind;
    if parent.parent_kind is not null or parent.pool_column is not null then
        raise exception 'kind %: its parent must be an owned kind without a pool', p_kind;
    end if;
    child_name := (select c.relname from pg_class c where c.oid = k.table_name);
    execute format('alter table %s add column if not exists %I bigint', k.table_name, col);
    update private.record_kinds
    set parent_owner = col,
        derived = case when col = any (derived) then derived else derived || col end
    where kind = p_kind
    returning * into k;
    -- the stamp and the audit leave the copy alone: it is no change of the record
    call private.protect_table(k.table_name, p_audit_kind => k.kind, p_derived => k.derived);
    -- the rows there are, with the kind's own triggers off (nothing of the record changes)
    execute format('alter table %s disable trigger user', k.table_name);
    execute format('update %1$s c set %2$I = p.%3$I from %4$s p where p.id = c.%5$I and c.%2$I is distinct from p.%3$I',
                   k.table_name, col, parent.owner_column, parent.table_name, k.parent_column);
    execute format('alter table %s enable trigger user', k.table_name);
    -- every write of a row: the copy read from its parent (as the owner: whoever writes may not see
    -- the parent's new owner's rows)
    keep := format('private.%I', 'keep_parent_owner_' || child_name);
    execute format($f$create or replace function %1$s() returns trigger language plpgsql security definer
                      set search_path = pg_catalog, pg_temp as $b$
                      begin
                          new.%2$I := (select p.%3$I from %4$s p where p.id = new.%5$I);
                          return new;
                      end $b$$f$, keep, col, parent.owner_column, parent.table_name, k.parent_column);
    execute format('revoke all on function %s() from public', keep);
    execute format('drop trigger if exists keep_parent_owner on %s', k.table_name);
    execute format('create trigger keep_parent_owner before insert or update of %I, %I on %s '
                   'for each row execute function %s()', k.parent_column, col, k.table_name, keep);
    -- a statement that changes parents' owners: their children's copies, once
    moved := format('private.%I', 'parent_owner_moved_' || child_name);
    execute format($f$create or replace function %1$s() returns trigger language plpgsql security definer
                      set search_path = pg_catalog, pg_temp as $b$
                      begin
                          update %2$s c set %3$I = n.%4$I
                          from new_rows n join old_rows o on o.id = n.id
                          where c.%5$I = n.id and n.%4$I is distinct from o.%4$I;
                          return null;
                      end $b$$f$, moved, k.table_name, col, parent.owner_column, k.parent_column);
    execute format('revoke all on function %s() from public', moved);
    execute format('drop trigger if exists %I on %s', 'parent_owner_' || child_name, parent.table_name);
    execute format('create trigger %I after update on %s referencing old table as old_rows new table as new_rows '
                   'for each statement execute function %s()', 'parent_owner_' || child_name,
                   parent.table_name, moved);
    call private.index_sorts(p_kind);
end
$procedure$;
alter procedure private.declare_parent_owner(IN p_kind text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
