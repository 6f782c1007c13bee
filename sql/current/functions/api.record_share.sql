-- api.record_share, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.record_share(p_kind text, p_id bigint, p_employee bigint, p_access text DEFAULT 'read'::text, p_expires_at timestamp with time zone DEFAULT NULL::timestamp with time zone, p_note text DEFAULT NULL::text)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET lock_timeout TO '3s'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    k private.record_kinds;
    share_id bigint;
begin
    perform private.require_employee();
    k := private.kind(p_kind);
    if not k.shares then
        raise exception 'records of this kind are not shared' using errcode = 'SD005';
    end if;
    perform private.hand_on_checked(p_kind, p_id, false);
    if p_expires_at is not null and p_expires_at <= statement_timestamp() then
        raise exception 'the end date must be in the future' using errcode = '23514';
    end if;
    insert into sales.record_shares (kind, record_id, employee_id, access, expires_at, note)
    values (p_kind, p_id, p_employee, p_access, p_expires_at, p_note)
    on conflict (kind, record_id, employee_id) do update
        set access = excluded.access, expires_at = excluded.expires_at, note = excluded.note
    returning id into share_id;
    return share_id;
end
$function$;
alter function api.record_share(p_kind text, p_id bigint, p_employee bigint, p_access text, p_expires_at timestamp with time zone, p_note text) owner to salesdesk_api;
grant execute on function api.record_share(p_kind text, p_id bigint, p_employee bigint, p_access text, p_expires_at timestamp with time zone, p_note text) to salesdesk_user;
