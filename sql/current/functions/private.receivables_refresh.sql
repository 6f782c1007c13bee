-- private.receivables_refresh, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0044_receivables_summary.sql, 0053_inbox_and_customer_receivables.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.receivables_refresh(p_contracts bigint[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if p_contracts is not null then
        if cardinality(p_contracts) = 0 then
            return;
        end if;
        -- one writer of a contract's money at a time, in id order (no deadlock between two
        -- statements touching the same contracts); what the other committed is then read below
        perform 1 from sales.contracts c where c.id = any (p_contracts) order by c.id for no key update;
        delete from private.receivable_instalments where contract_id = any (p_contracts);
        delete from private.receivable_contracts where contract_id = any (p_contracts);
    else
        delete from private.receivable_instalments;
        delete from private.receivable_contracts;
    end if;
    with c as materialized (
        select c.id, c.owner_id, c.customer_id, c.total_amount from sales.contracts c
        where private.contract_counts(c.status) and (p_contracts is null or c.id = any (p_contracts))
    ), paid as (
        select p.contract_id, sum(p.amount) as received from sales.payments p join c on c.id = p.contract_id
        where p.status = 'approved' group by p.contract_id
    ), plan as materialized (
        select i.id, i.contract_id, i.amount, i.due_on,
               sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) as running
        from sales.instalments i join c on c.id = i.contract_id
    ), open_instalments as (
        insert into private.receivable_instalments (instalment_id, contract_id, owner_id, due_on, unpaid)
        select pl.id, pl.contract_id, c.owner_id, pl.due_on, u.unpaid
        from plan pl join c on c.id = pl.contract_id left join paid pd on pd.contract_id = pl.contract_id,
             lateral (select greatest(0, least(pl.amount, pl.running - coalesce(pd.received, 0))) as unpaid) u
        where u.unpaid > 0
    ), planned as (
        select contract_id, sum(amount) as planned from plan group by contract_id
    )
    insert into private.receivable_contracts (contract_id, owner_id, customer_id, receivable, planned_open)
    select c.id, c.owner_id, c.customer_id, m.receivable, m.planned_open
    from c left join paid pd on pd.contract_id = c.id left join planned pl on pl.contract_id = c.id,
         lateral (select c.total_amount - coalesce(pd.received, 0) as receivable,
                         greatest(0, coalesce(pl.planned, 0) - coalesce(pd.received, 0)) as planned_open) m
    where m.receivable <> 0 or m.planned_open <> 0;
end
$function$;
alter function private.receivables_refresh(p_contracts bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
