-- private.declare_route, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE PROCEDURE private.declare_route(IN p_kind text, IN p_column text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    target text := (select target_kind from private.kind_references where kind = p_kind and column_name = p_column);
begin
    if target is null then
        raise exception 'route %.%: declare the reference first', p_kind, p_column;
    end if;
    perform private.require_shares(p_kind);
    if (select parent_kind from private.record_kinds where kind = target) is not null then
        raise exception 'route %.%: the target must be an owned kind', p_kind, p_column;
    end if;
    insert into private.kind_routes (kind, column_name, target_kind) values (p_kind, p_column, target)
    on conflict (kind, column_name) do update set target_kind = excluded.target_kind;
end
$procedure$;
alter procedure private.declare_route(IN p_kind text, IN p_column text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
