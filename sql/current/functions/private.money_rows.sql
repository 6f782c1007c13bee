-- private.money_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION private.money_rows(p_customer_id bigint, p_contract_id bigint, p_owner_id bigint DEFAULT NULL::bigint, p_unit_id bigint DEFAULT NULL::bigint)
 RETURNS TABLE(contract_id bigint, contract_number text, contract_title text, status text, customer_id bigint, customer_name text, owner_id bigint, owner_name text, unit_id bigint, unit_name text, total_amount numeric, planned numeric, planned_open numeric, received numeric, pending numeric, invoiced numeric, receivable numeric)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select c.id, c.number, c.title, c.status, c.customer_id, cu.name, c.owner_id, e.name, e.unit_id, ou.name,
           c.total_amount, pl.planned, greatest(0, pl.planned - pa.received),
           pa.received, pa.pending, iv.invoiced, c.total_amount - pa.received
    from sales.contracts c
        cross join lateral (select coalesce(sum(i.amount), 0) as planned
                            from sales.instalments i where i.contract_id = c.id) pl
        cross join lateral (select coalesce(sum(p.amount) filter (where p.status = 'approved'), 0) as received,
                                   coalesce(sum(p.amount) filter (where p.status = 'pending'), 0) as pending
                            from sales.payments p where p.contract_id = c.id) pa
        cross join lateral (select coalesce(sum(v.total_amount), 0) as invoiced
                            from sales.invoices v where v.contract_id = c.id) iv
        left join sales.customers cu on cu.id = c.customer_id
        left join sales.employees e on e.id = c.owner_id
        left join sales.org_units ou on ou.id = e.unit_id
    where private.contract_counts(c.status)
      and (p_customer_id is null or c.customer_id = p_customer_id)
      and (p_contract_id is null or c.id = p_contract_id)
      and (p_owner_id is null or c.owner_id = p_owner_id)
      and (p_unit_id is null or e.unit_id = p_unit_id)
$function$;
alter function private.money_rows(p_customer_id bigint, p_contract_id bigint, p_owner_id bigint, p_unit_id bigint) owner to salesdesk_owner;
grant execute on function private.money_rows(p_customer_id bigint, p_contract_id bigint, p_owner_id bigint, p_unit_id bigint) to salesdesk_api;
