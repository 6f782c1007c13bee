-- private.computed_shared_record_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0026_api_overhead.sql, 0051_route_sets_kept.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.computed_shared_record_ids(p_kind text, p_write boolean DEFAULT false)
 RETURNS bigint[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.current_employee_id();
    ids bigint[] := private.direct_record_ids(p_kind, p_write);
begin
    if p_write or me is null
       or not exists (select 1 from private.kind_reach where target_kind = p_kind
                      union all select 1 from private.kind_routes where kind = p_kind) then
        return ids;
    end if;
    ids := ids || coalesce((select r.ids from private.route_sets r where r.employee_id = me and r.kind = p_kind), '{}')
               || private.fanned_out_ids(me, p_kind, false);
    return array(select distinct unnest(ids));
end
$function$;
alter function private.computed_shared_record_ids(p_kind text, p_write boolean) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
