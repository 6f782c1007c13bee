-- api.receivables_by_owner, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0063_receivables_by_owner_and_unit.sql, 0068_receivables_lookups.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.receivables_by_owner(p_today date, p_after text DEFAULT NULL::text, p_limit integer DEFAULT 50)
 RETURNS TABLE(group_id bigint, group_name text, contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric, cursor text, owners integer)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET plan_cache_mode TO 'force_generic_plan'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    after record;
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) or p_limit is null or p_limit not between 1 and 1000 then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    after := private.money_cursor(p_after);
    return query
        select p.owner_id, (select e.name from sales.employees e where e.id = p.owner_id),
               p.contracts::integer, p.nd, p.b1, p.b2, p.b3, p.b4,
               p.b1 + p.b2 + p.b3 + p.b4, p.receivable - p.planned_open, p.receivable,
               case when p.total_owners is null then jsonb_build_array(p.receivable, p.owner_id)::text end,
               p.total_owners::integer
        from private.receivables_owner_page(p_today, after.receivable, after.id, p_limit, p_after is null) p
        order by p.total_owners is not null, p.receivable desc, p.owner_id;
end
$function$;
alter function api.receivables_by_owner(p_today date, p_after text, p_limit integer) owner to salesdesk_api;
grant execute on function api.receivables_by_owner(p_today date, p_after text, p_limit integer) to salesdesk_user;
