-- api.target_draft, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION api.target_draft(p_year integer, p_metric text)
 RETURNS bigint
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
    published bigint;
begin
    perform private.require_employee();
    if not exists (select 1 from sales.metrics m where m.code = p_metric) then
        raise exception 'no metric %', p_metric using errcode = 'SD005';
    end if;
    published := private.target_published_id(p_year, p_metric);
    if published is null then
        perform private.require_permission('maintain_targets');
    else
        perform private.require_permission('manage_targets');
    end if;
    return private.target_new_version(p_year, p_metric, private.current_employee_id(), published, null);
end
$function$;
alter function api.target_draft(p_year integer, p_metric text) owner to salesdesk_api;
grant execute on function api.target_draft(p_year integer, p_metric text) to salesdesk_user;
