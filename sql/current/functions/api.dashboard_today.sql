-- api.dashboard_today, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0037_dashboard.sql

CREATE OR REPLACE FUNCTION api.dashboard_today(p_today date)
 RETURNS TABLE(due_today integer, overdue integer, closing integer, closing_amount numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    me bigint := private.require_employee();
    first_day date;
begin
    if p_today is null or not isfinite(p_today) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    first_day := date_trunc('month', p_today)::date;
    return query
        with plans as (
            select f.next_followup_on as due
            from sales.followups f
            where f.owner_id = me and f.next_followup_on <= p_today and f.archived_at is null
              and not exists (select from sales.followups later
                              where later.owner_id = me and later.customer_id = f.customer_id
                                and later.archived_at is null
                                and (later.happened_at, later.id) > (f.happened_at, f.id))
        ), deals as (
            select o.amount
            from sales.opportunities o
            join sales.opportunity_stages s on s.id = o.stage_id
            where o.owner_id = me and o.archived_at is null and s.outcome is null
              and o.expected_close_date >= first_day
              and o.expected_close_date < (first_day + interval '1 month')::date
        )
        select (select count(*) from plans where plans.due = p_today)::integer,
               (select count(*) from plans where plans.due < p_today)::integer,
               (select count(*) from deals)::integer,
               (select coalesce(sum(deals.amount), 0) from deals);
end
$function$;
alter function api.dashboard_today(p_today date) owner to salesdesk_api;
grant execute on function api.dashboard_today(p_today date) to salesdesk_user;
