-- private.redeclare_kind, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0017_list_machinery.sql

CREATE OR REPLACE PROCEDURE private.redeclare_kind(IN p_kind text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    k private.record_kinds;
begin
    select * into strict k from private.record_kinds where kind = p_kind;
    call private.declare_kind(k.kind, k.table_name, k.view_name, k.owner_column, k.pool_column,
                              k.parent_kind, k.parent_column, k.shares, k.archivable, k.deletable,
                              k.insertable, k.writable, k.derived, k.sorts, k.filters, k.search);
end
$procedure$;
alter procedure private.redeclare_kind(IN p_kind text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
