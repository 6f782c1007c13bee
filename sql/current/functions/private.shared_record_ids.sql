-- private.shared_record_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0004_hard_shell.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.shared_record_ids(p_kind text, p_write boolean DEFAULT false)
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(array_agg(s.record_id), '{}')
    from sales.record_shares s
    where s.employee_id = private.current_employee_id()
      and s.kind = p_kind
      and (s.expires_at is null or s.expires_at > statement_timestamp())
      and (not p_write or s.access = 'write')
$function$;
alter function private.shared_record_ids(p_kind text, p_write boolean) owner to salesdesk_owner;
grant execute on function private.shared_record_ids(p_kind text, p_write boolean) to salesdesk_api;
