-- private.target_version_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_version_rows(p_year integer, p_metric text)
 RETURNS TABLE(id bigint, number integer, status text, reason text, based_on bigint, owner_id bigint, owner_name text, created_at timestamp with time zone, submitted_at timestamp with time zone, submitted_by_name text, published_at timestamp with time zone, published_by_name text, superseded_at timestamp with time zone)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select v.id, v.number, v.status, v.reason, v.based_on, v.owner_id, o.name, v.created_at, v.submitted_at,
           s.name, v.published_at, p.name, v.superseded_at
    from sales.target_versions v
        join sales.employees o on o.id = v.owner_id
        left join sales.employees s on s.id = v.submitted_by
        left join sales.employees p on p.id = v.published_by
    where v.fiscal_year = p_year and v.metric = p_metric
    order by v.number desc
$function$;
alter function private.target_version_rows(p_year integer, p_metric text) owner to salesdesk_owner;
grant execute on function private.target_version_rows(p_year integer, p_metric text) to salesdesk_api;
