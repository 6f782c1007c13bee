-- private.declare_members, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE PROCEDURE private.declare_members(IN p_kind text, IN p_table regclass, IN p_record_column text, IN p_employee_column text, IN p_access_column text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    c text;
begin
    perform private.require_shares(p_kind);
    foreach c in array array[p_record_column, p_employee_column, p_access_column] loop
        if not exists (select 1 from pg_attribute where attrelid = p_table and attname = c and not attisdropped) then
            raise exception 'members of %: no column % in %', p_kind, c, p_table;
        end if;
    end loop;
    insert into private.kind_members (kind, table_name, record_column, employee_column, access_column)
    values (p_kind, p_table, p_record_column, p_employee_column, p_access_column)
    on conflict (kind, table_name) do update set
        record_column = excluded.record_column, employee_column = excluded.employee_column,
        access_column = excluded.access_column;
    -- the set is looked up by employee, once per statement
    if not exists (select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                   where i.indrelid = p_table and a.attname = p_employee_column) then
        execute format('create index %I on %s (%I, %I)',
                       (select relname from pg_class where oid = p_table) || '_' || p_employee_column || '_idx',
                       p_table, p_employee_column, p_record_column);
    end if;
end
$procedure$;
alter procedure private.declare_members(IN p_kind text, IN p_table regclass, IN p_record_column text, IN p_employee_column text, IN p_access_column text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
