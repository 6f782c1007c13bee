-- private.ledger_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.ledger_rows(p_source text, p_ids bigint[])
 RETURNS TABLE(metric text, source_id bigint, employee_id bigint, unit_id bigint, day date, credited numeric, overlay_credit numeric, assisted numeric)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with r (source_id, employee_id, day, amount, share, overlay_credit, assisted) as (
        select c.id, k.employee_id, private.result_day(c.approved_at), c.total_amount, k.share, k.overlay_credit, k.assisted
        from sales.contracts c join private.contract_credit(p_ids) k on k.contract_id = c.id
        where p_source = 'contracts' and c.id = any (p_ids) and private.contract_counts(c.status)
          and c.approved_at is not null
        union all
        select p.id, k.employee_id, p.received_on, p.amount, k.share, k.overlay_credit, k.assisted
        from sales.payments p
            join private.contract_credit(array(select q.contract_id from sales.payments q
                                               where q.id = any (p_ids))) k on k.contract_id = p.contract_id
        where p_source = 'payments' and p.id = any (p_ids) and p.status = 'approved'
        union all
        select k.id, k.owner_id, private.result_day(k.created_at), 0, 100, 0, false
        from sales.customers k
        where p_source = 'customers' and k.id = any (p_ids) and k.owner_id is not null
        union all
        select f.id, f.owner_id, private.result_day(f.happened_at), 0, 100, 0, false
        from sales.followups f
        where p_source = 'followups' and f.id = any (p_ids) and f.archived_at is null
        union all
        select l.id, l.converted_by, private.result_day(l.converted_at), 0, 100, 0, false
        from sales.leads l
        where p_source = 'leads' and l.id = any (p_ids) and l.status = 'converted' and l.converted_by is not null)
    select m.code, r.source_id, r.employee_id, u.unit_id, r.day,
           -- exact: 2 decimals x 2 decimals / 100 has at most 6
           round(case when m.measure = 'amount' then r.amount * r.share / 100 else r.share / 100 end, 6),
           round(case when m.measure = 'amount' then r.amount * r.overlay_credit / 100
                      else r.overlay_credit / 100 end, 6),
           round(case when not r.assisted then 0
                      when m.measure = 'amount' then r.amount * r.share / 100 else r.share / 100 end, 6)
    from r
        join sales.metrics m on m.source = p_source and m.active
        join private.employee_units u
            on u.employee_id = r.employee_id and u.valid_from <= r.day and (u.valid_to is null or r.day < u.valid_to)
$function$;
alter function private.ledger_rows(p_source text, p_ids bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
