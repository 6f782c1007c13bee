-- private.receivables_customer_page, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0053_inbox_and_customer_receivables.sql

CREATE OR REPLACE FUNCTION private.receivables_customer_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean)
 RETURNS TABLE(customer_id bigint, customers bigint, contracts bigint, receivable numeric, planned_open numeric, nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        with seen as (
            select r.contract_id, r.customer_id, r.receivable, r.planned_open
            from private.receivable_contracts r where all_rows
            union all
            select r.contract_id, r.customer_id, r.receivable, r.planned_open
            from unnest(owners) o (id) join private.receivable_contracts r on r.owner_id = o.id
            union all
            select r.contract_id, r.customer_id, r.receivable, r.planned_open
            from private.receivable_contracts r
            where not all_rows and r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true
        ), kept as materialized (
            select s.customer_id, count(*) filter (where s.receivable <> 0) as n, sum(s.receivable) as receivable,
                   sum(s.planned_open) as planned_open
            from seen s group by s.customer_id
            having sum(s.receivable) <> 0 or sum(s.planned_open) <> 0
        ), page as materialized (
            select k.* from kept k
            where p_after_receivable is null or k.receivable < p_after_receivable
               or (k.receivable = p_after_receivable and k.customer_id > p_after_id)
            order by k.receivable desc, k.customer_id
            limit p_limit
        ), aged as (
            select c.customer_id,
                   coalesce(sum(i.unpaid) filter (where i.due_on >= p_today), 0) as nd,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 1 and 30), 0) as b1,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 31 and 60), 0) as b2,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 61 and 90), 0) as b3,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on > 90), 0) as b4
            from page p join private.receivable_contracts c on c.customer_id = p.customer_id
                join private.receivable_instalments i on i.contract_id = c.contract_id
            where all_rows or c.owner_id = any (owners) or c.contract_id = any (shared)
            group by c.customer_id
        ), total as (
            select count(*) as customers, sum(k.n)::bigint as n, sum(k.receivable) as receivable,
                   sum(k.planned_open) as planned_open
            from kept k having p_total  -- (one row, or none when not asked)
        )
        select p.customer_id, null::bigint, p.n, p.receivable, p.planned_open, coalesce(a.nd, 0),
               coalesce(a.b1, 0), coalesce(a.b2, 0), coalesce(a.b3, 0), coalesce(a.b4, 0)
        from page p left join aged a on a.customer_id = p.customer_id
        union all
        select null, t.customers, coalesce(t.n, 0), coalesce(t.receivable, 0), coalesce(t.planned_open, 0),
               g.not_due, g.d1_30, g.d31_60, g.d61_90, g.d91_plus
        from total t cross join private.ageing_seen(p_today) g;
end
$function$;
alter function private.receivables_customer_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean) owner to salesdesk_owner;
grant execute on function private.receivables_customer_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean) to salesdesk_api;
