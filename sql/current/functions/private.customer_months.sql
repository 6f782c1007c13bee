-- private.customer_months, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0040_customer_analysis.sql

CREATE OR REPLACE FUNCTION private.customer_months(p_today date, p_customer_id bigint)
 RETURNS TABLE(month date, contract_amount numeric, received numeric, invoiced numeric, receivable_change numeric)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with months as (
        select generate_series(date_trunc('month', p_today) - interval '11 months',
                               date_trunc('month', p_today), interval '1 month')::date as month
    ), k as (
        select k.id, k.total_amount, k.approved_at::date as approved_on
        from sales.contracts k join sales.customers c on c.id = k.customer_id
        where private.contract_counts(k.status)
          and ((p_customer_id is null and c.archived_at is null) or k.customer_id = p_customer_id)
    ), flows as (
        select date_trunc('month', k.approved_on)::date as month, k.total_amount as signed,
               0::numeric as paid, 0::numeric as billed
        from k where k.approved_on <= p_today
        union all
        select date_trunc('month', p.received_on)::date, 0, p.amount, 0
        from k join sales.payments p on p.contract_id = k.id
        where p.status = 'approved' and p.received_on <= p_today
        union all
        select date_trunc('month', v.issued_on)::date, 0, 0, v.total_amount
        from k join sales.invoices v on v.contract_id = k.id
        where v.issued_on <= p_today
    )
    select m.month, round(coalesce(sum(f.signed), 0), 2), round(coalesce(sum(f.paid), 0), 2),
           round(coalesce(sum(f.billed), 0), 2), round(coalesce(sum(f.signed) - sum(f.paid), 0), 2)
    from months m left join flows f on f.month = m.month
    group by m.month
    order by m.month
$function$;
alter function private.customer_months(p_today date, p_customer_id bigint) owner to salesdesk_owner;
grant execute on function private.customer_months(p_today date, p_customer_id bigint) to salesdesk_api;
