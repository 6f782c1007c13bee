-- private.forecast_node_owners, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION private.forecast_node_owners(p_node_kind text, p_node_id bigint)
 RETURNS bigint[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.current_employee_id();
begin
    if me is null then
        raise exception 'not an employee' using errcode = '42501';
    end if;
    if p_node_kind = 'company' and p_node_id is null then
        if private.sees_all() then
            return null;
        end if;
    elsif p_node_kind = 'unit' and p_node_id is not null then
        if p_node_id = any (private.forecast_units()) then
            return (select coalesce(array_agg(e.id), '{}') from sales.employees e
                    where e.unit_id = any (private.unit_subtree(p_node_id)));
        end if;
    elsif p_node_kind = 'person' and p_node_id is not null then
        if p_node_id = me or private.sees_all() and exists (select from sales.employees e where e.id = p_node_id)
           or p_node_id = any (private.visible_owner_ids()) then
            return array[p_node_id];
        end if;
    else
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    raise exception 'record not found' using errcode = 'P0002';
end
$function$;
alter function private.forecast_node_owners(p_node_kind text, p_node_id bigint) owner to salesdesk_owner;
grant execute on function private.forecast_node_owners(p_node_kind text, p_node_id bigint) to salesdesk_api;
