-- private.declare_reach, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE PROCEDURE private.declare_reach(IN p_kind text, IN p_column text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    target text := (select target_kind from private.kind_references where kind = p_kind and column_name = p_column);
begin
    if target is null then
        raise exception 'reach %.%: declare the reference first', p_kind, p_column;
    end if;
    perform private.require_shares(target);
    if (select parent_kind from private.record_kinds where kind = p_kind) is not null then
        raise exception 'reach %.%: reach is declared for owned kinds', p_kind, p_column;
    end if;
    insert into private.kind_reach (kind, column_name, target_kind) values (p_kind, p_column, target)
    on conflict (kind, column_name) do update set target_kind = excluded.target_kind;
end
$procedure$;
alter procedure private.declare_reach(IN p_kind text, IN p_column text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
