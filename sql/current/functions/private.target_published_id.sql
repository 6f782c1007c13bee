-- private.target_published_id, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_published_id(p_year integer, p_metric text)
 RETURNS bigint
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select v.id from sales.target_versions v
    where v.fiscal_year = p_year and v.metric = p_metric and v.status = 'published'
$function$;
alter function private.target_published_id(p_year integer, p_metric text) owner to salesdesk_owner;
grant execute on function private.target_published_id(p_year integer, p_metric text) to salesdesk_api;
