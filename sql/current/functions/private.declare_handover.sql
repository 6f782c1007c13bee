-- private.declare_handover, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0015_kind_references.sql

CREATE OR REPLACE PROCEDURE private.declare_handover(IN p_kind text, IN p_handover text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
begin
    if p_handover = 'pool' and (select pool_column from private.record_kinds where kind = p_kind) is null then
        raise exception 'kind %: handover to a pool needs a pool column', p_kind;
    end if;
    update private.record_kinds set handover = p_handover where kind = p_kind and parent_kind is null;
    if not found then
        raise exception 'kind %: handover is declared for owned kinds only', p_kind;
    end if;
end
$procedure$;
alter procedure private.declare_handover(IN p_kind text, IN p_handover text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
