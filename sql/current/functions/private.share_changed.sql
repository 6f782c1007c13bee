-- private.share_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0004_hard_shell.sql

CREATE OR REPLACE FUNCTION private.share_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    r sales.record_shares := case when tg_op = 'DELETE' then old else new end;
begin
    insert into sales.audit_log (actor_id, kind, record_id, root_kind, root_id, owner_id, op,
                                 old_values, new_values)
    values (private.current_employee_id(), 'share', r.id, r.kind, r.record_id,
            private.record_owner(r.kind, r.record_id), tg_op,
            case when tg_op <> 'INSERT' then jsonb_build_object(
                'employee_id', old.employee_id, 'access', old.access, 'expires_at', old.expires_at) end,
            case when tg_op <> 'DELETE' then jsonb_build_object(
                'employee_id', new.employee_id, 'access', new.access, 'expires_at', new.expires_at) end);
    insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
    values ('share', r.id, r.kind, r.record_id, tg_op, r.employee_id);
    return null;
end
$function$;
alter function private.share_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
