-- private.receivables_customer_page, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0053_inbox_and_customer_receivables.sql, 0057_receivables_by_customer_kept.sql, 0061_receivables_page_ranges.sql, 0068_receivables_lookups.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.receivables_customer_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean)
 RETURNS TABLE(customer_id bigint, customers bigint, contracts bigint, receivable numeric, planned_open numeric, nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    ranges int8multirange := case when not all_rows then private.visible_owner_ranges() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
    -- the cursor as a key of the indexes (the first page: before every key)
    after_key numeric := coalesce(-p_after_receivable, '-infinity');
    after_id bigint := case when p_after_receivable is null then -9223372036854775808 else p_after_id end;
    mixed bigint[];
    -- per owner in scope an index range, or one walk of every owner's customers: the cheaper
    -- (owners at most 64 or 1 % of the employees); `salesdesk.narrow_scope` = on/off picks one (the
    -- tests take both ways; the rows are the same)
    narrow boolean := case current_setting('salesdesk.narrow_scope', true)
        when 'on' then true when 'off' then false
        else cardinality(owners) <= 64 or cardinality(owners) * 100
             <= (select greatest(c.reltuples, 0) from pg_class c where c.oid = 'sales.employees'::regclass) end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    if not all_rows then
        -- the customers the caller sees only some rows of, or through another route (the alone
        -- rows of the owners in scope are none of these: a customer of a shared contract whose
        -- owner the caller does not see has that owner too)
        select coalesce(array_agg(distinct x.customer_id), '{}') into mixed from (
            select o.customer_id from private.receivable_customer_owners o
            where o.owner_id = any (owners) and not o.alone
            union all
            select r.customer_id from private.receivable_contracts r
            where r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true) x;
    end if;
    return query
        with mixed_sums as materialized (
            select r.customer_id, count(*) filter (where r.receivable <> 0) as n, sum(r.receivable) as receivable,
                   sum(r.planned_open) as planned_open
            from private.receivable_contracts r
            where r.customer_id = any (mixed) and (r.owner_id <@ ranges or r.contract_id = any (shared))
            group by r.customer_id
            having sum(r.receivable) <> 0 or sum(r.planned_open) <> 0
        ), page as materialized (
            select u.* from (
                (select c.customer_id, c.contracts as n, c.receivable, c.planned_open
                 from private.receivable_customers c
                 where all_rows and (-c.receivable, c.customer_id) > (after_key, after_id)
                   and (c.receivable <> 0 or c.planned_open <> 0)
                 order by -c.receivable, c.customer_id limit p_limit)
                union all
                -- a narrow scope: each owner's customers in order, an index range each
                select k.* from unnest(owners) w (id) cross join lateral (
                    select o.customer_id, o.contracts as n, o.receivable, o.planned_open
                    from private.receivable_customer_owners o
                    where o.alone and o.owner_id = w.id and (-o.receivable, o.customer_id) > (after_key, after_id)
                      and (o.receivable <> 0 or o.planned_open <> 0)
                    order by -o.receivable, o.customer_id limit p_limit) k
                where narrow
                union all
                -- a wide one: every owner's customers in order, those of owners in scope kept
                (select o.customer_id, o.contracts, o.receivable, o.planned_open
                 from private.receivable_customer_owners o
                 where not all_rows and not narrow and o.alone and o.owner_id <@ ranges
                   and (-o.receivable, o.customer_id) > (after_key, after_id)
                   and (o.receivable <> 0 or o.planned_open <> 0)
                 order by -o.receivable, o.customer_id limit p_limit)
                union all
                select s.customer_id, s.n, s.receivable, s.planned_open from mixed_sums s
                where (-s.receivable, s.customer_id) > (after_key, after_id)
            ) u
            order by -u.receivable, u.customer_id
            limit p_limit
        ), counted as (  -- (one row, or none when not asked)
            select case when all_rows
                        then (select coalesce(sum(k.customers), 0) from private.receivable_owner_customers k)
                             + (select count(*) from private.receivable_customers c
                                where c.owners > 1 and (c.receivable <> 0 or c.planned_open <> 0))
                        else (select coalesce(sum(k.customers), 0) from private.receivable_owner_customers k
                              where k.owner_id = any (owners))
                             + (select count(*) from mixed_sums) end::bigint as customers
            where p_total
        )
        -- each page customer's ageing, of the contracts the caller sees (by the customer's index:
        -- a join let the planner read every kept contract row for 200 customers)
        select p.customer_id, null::bigint, p.n, p.receivable, p.planned_open, a.nd, a.b1, a.b2, a.b3, a.b4
        from page p cross join lateral (
            select coalesce(sum(i.unpaid) filter (where i.due_on >= p_today), 0) as nd,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 1 and 30), 0) as b1,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 31 and 60), 0) as b2,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on between 61 and 90), 0) as b3,
                   coalesce(sum(i.unpaid) filter (where p_today - i.due_on > 90), 0) as b4
            from private.receivable_contracts c
            join private.receivable_instalments i on i.contract_id = c.contract_id
            where c.customer_id = p.customer_id
              and (all_rows or c.owner_id <@ ranges or c.contract_id = any (shared))) a
        union all
        select null, t.customers, g.contracts::bigint, g.receivable, g.receivable - g.unplanned,
               g.not_due, g.d1_30, g.d31_60, g.d61_90, g.d91_plus
        from counted t cross join private.ageing_seen(p_today) g;
end
$function$;
alter function private.receivables_customer_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean) owner to salesdesk_owner;
grant execute on function private.receivables_customer_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean) to salesdesk_api;
