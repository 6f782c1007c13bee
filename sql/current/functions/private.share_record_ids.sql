-- private.share_record_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0051_route_sets_kept.sql

CREATE OR REPLACE FUNCTION private.share_record_ids(p_employee bigint, p_kind text)
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(array_agg(s.record_id), '{}') from sales.record_shares s
    where s.employee_id = p_employee and s.kind = p_kind
      and (s.expires_at is null or s.expires_at > statement_timestamp())
$function$;
alter function private.share_record_ids(p_employee bigint, p_kind text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
