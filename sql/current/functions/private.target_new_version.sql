-- private.target_new_version, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_new_version(p_year integer, p_metric text, p_owner bigint, p_based_on bigint, p_reason text)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    new_id bigint;
begin
    perform pg_advisory_xact_lock(hashtext('target_set'), hashtext(p_year || '/' || p_metric));
    if exists (select 1 from sales.target_versions v where v.fiscal_year = p_year and v.metric = p_metric
               and v.status in ('draft', 'submitted')) then
        raise exception 'this target set already has a version in progress' using errcode = 'SDT05';
    end if;
    insert into sales.target_versions (owner_id, fiscal_year, metric, reason, based_on)
    values (p_owner, p_year, p_metric, nullif(btrim(p_reason), ''), p_based_on)
    returning id into new_id;
    insert into sales.target_values (version_id, node_kind, node_id, month, tier, value)
    select new_id, x.node_kind, x.node_id, x.month, x.tier, x.value
    from sales.target_values x where x.version_id = p_based_on;
    return new_id;
end
$function$;
alter function private.target_new_version(p_year integer, p_metric text, p_owner bigint, p_based_on bigint, p_reason text) owner to salesdesk_owner;
grant execute on function private.target_new_version(p_year integer, p_metric text, p_owner bigint, p_based_on bigint, p_reason text) to salesdesk_api;
