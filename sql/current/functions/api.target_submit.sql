-- api.target_submit, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION api.target_submit(p_target_version_id bigint, p_reason text)
 RETURNS text
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
    request bigint;
    open_cells integer;
begin
    perform private.require_permission('manage_targets');
    perform private.writable_checked('target_version', p_target_version_id, null);
    v := private.target_version_of(p_target_version_id);
    if v.status = 'submitted' then
        raise exception 'already waiting for approval' using errcode = 'SDA05';
    elsif v.status <> 'draft' then
        raise exception 'this target version is not a draft' using errcode = 'SDT02';
    elsif nullif(btrim(p_reason), '') is null then
        raise exception 'a reason is required' using errcode = '23514';
    end if;
    open_cells := private.target_unreconciled(p_target_version_id);
    if open_cells > 0 then
        raise exception 'target version %: % cells are not reconciled', v.number, open_cells
            using errcode = 'SDT01', detail = open_cells::text;
    end if;
    perform private.target_submitted(p_target_version_id, btrim(p_reason));
    request := private.request_approval('target', p_target_version_id, null, null, null,
        concat_ws(' · ', 'FY' || v.fiscal_year, (select m.name from sales.metrics m where m.code = v.metric),
                  'v' || v.number, btrim(p_reason)));
    if request is null then
        perform private.target_publish(p_target_version_id, private.current_employee_id());
    end if;
    return (private.target_version_of(p_target_version_id)).status;
end
$function$;
alter function api.target_submit(p_target_version_id bigint, p_reason text) owner to salesdesk_api;
grant execute on function api.target_submit(p_target_version_id bigint, p_reason text) to salesdesk_user;
