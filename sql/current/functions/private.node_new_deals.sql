-- private.node_new_deals, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.node_new_deals(p_kind text, p_id bigint, p_first date, p_after date)
 RETURNS numeric
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select count(*)::numeric
    from sales.opportunities o
        join private.employee_units u on u.employee_id = o.owner_id
             and u.valid_from <= private.result_day(o.created_at)
             and (u.valid_to is null or private.result_day(o.created_at) < u.valid_to)
    where o.created_at >= p_first::timestamptz and o.created_at < p_after::timestamptz
      and case p_kind when 'company' then true
                      when 'unit' then u.unit_id = any ((select private.unit_subtree(p_id))::bigint[])
                      else o.owner_id = p_id end
$function$;
alter function private.node_new_deals(p_kind text, p_id bigint, p_first date, p_after date) owner to salesdesk_owner;
grant execute on function private.node_new_deals(p_kind text, p_id bigint, p_first date, p_after date) to salesdesk_api;
