-- private.declare_approval, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE PROCEDURE private.declare_approval(IN p_type text, IN p_kind text, IN p_on_decided regprocedure)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
begin
    perform private.kind(p_kind);
    if (select p.proargtypes from pg_proc p where p.oid = p_on_decided) <> '20 20 25'::oidvector then
        raise exception 'approval type %: the hook must take (p_request_id bigint, p_record_id bigint, p_state text)',
            p_type;
    end if;
    insert into private.approval_types (type, kind, on_decided) values (p_type, p_kind, p_on_decided)
    on conflict (type) do update set kind = excluded.kind, on_decided = excluded.on_decided;
end
$procedure$;
alter procedure private.declare_approval(IN p_type text, IN p_kind text, IN p_on_decided regprocedure) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
