-- api.target_publish, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION api.target_publish(p_target_version_id bigint, p_reason text DEFAULT NULL::text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    v sales.target_versions;
begin
    perform private.require_permission('maintain_targets');
    perform private.writable_checked('target_version', p_target_version_id, null);
    v := private.target_version_of(p_target_version_id);
    if v.based_on is not null then
        raise exception 'a revision is submitted for approval' using errcode = 'SDT06';
    end if;
    if v.status <> 'draft' then
        raise exception 'this target version is not a draft' using errcode = 'SDT02';
    end if;
    update sales.target_versions set reason = coalesce(nullif(btrim(p_reason), ''), reason) where id = p_target_version_id;
    perform private.target_publish(p_target_version_id, private.current_employee_id());
end
$function$;
alter function api.target_publish(p_target_version_id bigint, p_reason text) owner to salesdesk_api;
grant execute on function api.target_publish(p_target_version_id bigint, p_reason text) to salesdesk_user;
