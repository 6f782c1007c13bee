-- private.protect_table, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0004_hard_shell.sql, 0047_import_bulk.sql (the current text comes from the last)

CREATE OR REPLACE PROCEDURE private.protect_table(IN p_table regclass, IN p_stamp boolean DEFAULT true, IN p_audit_kind text DEFAULT NULL::text, IN p_derived text[] DEFAULT '{}'::text[])
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
begin
    execute format('alter table %s enable row level security', p_table);
    execute format('alter table %s force row level security', p_table);
    if p_stamp then
        execute format('drop trigger if exists stamp on %s', p_table);
        execute format('create trigger stamp before insert or update on %s
                        for each row execute function private.stamp(%s)', p_table,
                       (select string_agg(quote_literal(d), ', ') from unnest(p_derived) d));
    end if;
    if p_audit_kind is not null then
        -- once per statement, for all its rows (a trigger with transition tables serves one event)
        execute format('drop trigger if exists audit on %s', p_table);
        execute format('drop trigger if exists audit_insert on %s', p_table);
        execute format('drop trigger if exists audit_update on %s', p_table);
        execute format('drop trigger if exists audit_delete on %s', p_table);
        execute format('create trigger audit_insert after insert on %s referencing new table as new_rows '
                       'for each statement execute function private.audit_rows(%L)', p_table, p_audit_kind);
        execute format('create trigger audit_update after update on %s '
                       'referencing old table as old_rows new table as new_rows '
                       'for each statement execute function private.audit_rows(%L)', p_table, p_audit_kind);
        execute format('create trigger audit_delete after delete on %s referencing old table as old_rows '
                       'for each statement execute function private.audit_rows(%L)', p_table, p_audit_kind);
    end if;
end
$procedure$;
alter procedure private.protect_table(IN p_table regclass, IN p_stamp boolean, IN p_audit_kind text, IN p_derived text[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
