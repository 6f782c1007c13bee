-- private.request_approval, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.request_approval(p_type text, p_record_id bigint, p_amount numeric DEFAULT NULL::numeric, p_discount numeric DEFAULT NULL::numeric, p_category_id bigint DEFAULT NULL::bigint, p_summary text DEFAULT ''::text)
 RETURNS bigint
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    t private.approval_types := private.approval_type(p_type);
begin
    perform private.writable_checked(t.kind, p_record_id, null);
    return private.open_approval(t.type, p_record_id, p_amount, p_discount, p_category_id, p_summary);
end
$function$;
alter function private.request_approval(p_type text, p_record_id bigint, p_amount numeric, p_discount numeric, p_category_id bigint, p_summary text) owner to salesdesk_owner;
grant execute on function private.request_approval(p_type text, p_record_id bigint, p_amount numeric, p_discount numeric, p_category_id bigint, p_summary text) to salesdesk_api;
