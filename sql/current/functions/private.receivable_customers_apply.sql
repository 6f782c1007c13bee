-- private.receivable_customers_apply, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0057_receivables_by_customer_kept.sql

CREATE OR REPLACE FUNCTION private.receivable_customers_apply(p_customers bigint[], p_owners bigint[], p_rows bigint[], p_contracts bigint[], p_receivable numeric[], p_planned numeric[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    before_alone bigint[];
    after_alone bigint[];
begin
    if coalesce(cardinality(p_customers), 0) = 0 then
        return;
    end if;
    insert into private.receivable_customers as t (customer_id, rows, contracts, receivable, planned_open)
    select d.c, sum(d.r), sum(d.n), sum(d.m), sum(d.p)
    from unnest(p_customers, p_rows, p_contracts, p_receivable, p_planned) d (c, r, n, m, p)
    group by d.c order by d.c
    on conflict (customer_id) do update
        set rows = t.rows + excluded.rows, contracts = t.contracts + excluded.contracts,
            receivable = t.receivable + excluded.receivable, planned_open = t.planned_open + excluded.planned_open;
    select array_agg(o.owner_id) into before_alone from private.receivable_customer_owners o
    where o.customer_id = any (p_customers) and o.alone and (o.receivable <> 0 or o.planned_open <> 0);
    insert into private.receivable_customer_owners as t (customer_id, owner_id, rows, contracts, receivable,
                                                         planned_open)
    select d.c, d.o, sum(d.r), sum(d.n), sum(d.m), sum(d.p)
    from unnest(p_customers, p_owners, p_rows, p_contracts, p_receivable, p_planned) d (c, o, r, n, m, p)
    group by d.c, d.o order by d.c, d.o
    on conflict (customer_id, owner_id) do update
        set rows = t.rows + excluded.rows, contracts = t.contracts + excluded.contracts,
            receivable = t.receivable + excluded.receivable, planned_open = t.planned_open + excluded.planned_open;
    delete from private.receivable_customer_owners t where t.customer_id = any (p_customers) and t.rows = 0;
    -- (statements of their own from here: the customers' rows are locked by now, and every writer
    -- of them before us has committed what it wrote)
    update private.receivable_customers t
    set owners = (select count(*) from private.receivable_customer_owners o where o.customer_id = t.customer_id)
    where t.customer_id = any (p_customers);
    update private.receivable_customer_owners o set alone = (c.owners = 1)
    from private.receivable_customers c
    where c.customer_id = any (p_customers) and o.customer_id = c.customer_id and o.alone <> (c.owners = 1);
    delete from private.receivable_customers t where t.customer_id = any (p_customers) and t.rows = 0;
    -- each owner's count of the customers it alone holds: what these customers added and took away
    select array_agg(o.owner_id) into after_alone from private.receivable_customer_owners o
    where o.customer_id = any (p_customers) and o.alone and (o.receivable <> 0 or o.planned_open <> 0);
    insert into private.receivable_owner_customers as t (owner_id, customers)
    select d.owner_id, sum(d.n) from (
        select a.id as owner_id, 1 as n from unnest(after_alone) a (id)
        union all
        select b.id, -1 from unnest(before_alone) b (id)) d
    group by d.owner_id having sum(d.n) <> 0 order by d.owner_id
    on conflict (owner_id) do update set customers = t.customers + excluded.customers;
    delete from private.receivable_owner_customers t
    where t.owner_id = any (before_alone) and t.customers = 0;
end
$function$;
alter function private.receivable_customers_apply(p_customers bigint[], p_owners bigint[], p_rows bigint[], p_contracts bigint[], p_receivable numeric[], p_planned numeric[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
