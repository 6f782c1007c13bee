-- private.target_publish, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_publish(p_version_id bigint, p_by bigint, p_check boolean DEFAULT true)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    v sales.target_versions;
    open_cells integer;
begin
    select * into v from sales.target_versions where id = p_version_id for update;
    if v.status not in ('draft', 'submitted') then
        raise exception 'this target version is not a draft' using errcode = 'SDT02';
    end if;
    if p_check then
        open_cells := private.target_unreconciled(p_version_id);
        if open_cells > 0 then
            raise exception 'target version %: % cells are not reconciled', v.number, open_cells
                using errcode = 'SDT01', detail = open_cells::text;
        end if;
    end if;
    update sales.target_versions set status = 'superseded', superseded_at = clock_timestamp()
    where fiscal_year = v.fiscal_year and metric = v.metric and status = 'published';
    update sales.target_versions set status = 'published', published_at = clock_timestamp(), published_by = p_by
    where id = p_version_id;
end
$function$;
alter function private.target_publish(p_version_id bigint, p_by bigint, p_check boolean) owner to salesdesk_owner;
grant execute on function private.target_publish(p_version_id bigint, p_by bigint, p_check boolean) to salesdesk_api;
