-- private.metric_results, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

CREATE OR REPLACE FUNCTION private.metric_results(p_metric text, p_first date, p_after date)
 RETURNS TABLE(employee_id bigint, unit_id bigint, credited numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    m sales.metrics;
begin
    select * into m from sales.metrics where code = p_metric;
    if not found then
        raise exception 'no metric %', p_metric using errcode = 'SD005';
    end if;
    return query
        with r (person, day, amount) as (
            select c.owner_id, c.approved_at::date, c.total_amount
            from sales.contracts c
            where m.source = 'contracts' and c.status in ('approved', 'in_effect', 'fulfilled')
              and c.approved_at >= p_first and c.approved_at < p_after
            union all
            select c.owner_id, p.received_on, p.amount
            from sales.payments p join sales.contracts c on c.id = p.contract_id
            where m.source = 'payments' and p.status = 'approved'
              and p.received_on >= p_first and p.received_on < p_after
            union all
            select k.owner_id, k.created_at::date, 0
            from sales.customers k
            where m.source = 'customers' and k.owner_id is not null
              and k.created_at >= p_first and k.created_at < p_after
            union all
            select f.owner_id, f.happened_at::date, 0
            from sales.followups f
            where m.source = 'followups' and f.archived_at is null
              and f.happened_at >= p_first and f.happened_at < p_after
            union all
            select l.converted_by, l.converted_at::date, 0
            from sales.leads l
            where m.source = 'leads' and l.status = 'converted' and l.converted_by is not null
              and l.converted_at >= p_first and l.converted_at < p_after)
        select r.person, u.unit_id,
               case when m.measure = 'amount' then sum(r.amount) else count(*)::numeric end
        from r join private.employee_units u
            on u.employee_id = r.person and u.valid_from <= r.day and (u.valid_to is null or r.day < u.valid_to)
        group by r.person, u.unit_id;
end
$function$;
alter function private.metric_results(p_metric text, p_first date, p_after date) owner to salesdesk_owner;
grant execute on function private.metric_results(p_metric text, p_first date, p_after date) to salesdesk_api;
