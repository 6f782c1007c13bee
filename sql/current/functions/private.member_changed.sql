-- private.member_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION private.member_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    r jsonb := to_jsonb(case when tg_op = 'DELETE' then old else new end);
begin
    insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
    values (tg_argv[0] || '_member', (r ->> 'id')::bigint, tg_argv[0], (r ->> tg_argv[1])::bigint, tg_op,
            (r ->> tg_argv[2])::bigint);
    if tg_op = 'UPDATE' and (to_jsonb(old) ->> tg_argv[2]) is distinct from (r ->> tg_argv[2]) then
        insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
        values (tg_argv[0] || '_member', (r ->> 'id')::bigint, tg_argv[0], (r ->> tg_argv[1])::bigint, tg_op,
                (to_jsonb(old) ->> tg_argv[2])::bigint);
    end if;
    return null;
end
$function$;
alter function private.member_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
