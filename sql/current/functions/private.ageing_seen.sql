-- private.ageing_seen, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0044_receivables_summary.sql, 0046_receivable_owners.sql, 0056_receivable_days.sql, 0060_receivables_company_days.sql, 0062_receivables_tree.sql, 0067_receivables_by_person_once.sql, 0068_receivables_lookups.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.ageing_seen(p_today date)
 RETURNS TABLE(contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    ranges int8multirange := case when not all_rows then private.visible_owner_ranges() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
    -- my unit's tree and its members, read once (index-only; private.seen_tree read them, then the
    -- owners outside the tree read them again)
    my_unit bigint := case when not all_rows then (select e.unit_id from sales.employees e
                                                   where e.id = private.current_employee_id()) end;
    members bigint[] := case when my_unit is not null then array(
                            select m.id from sales.employees m where m.unit_id = any (private.unit_subtree(my_unit))) end;
    -- the tree whose kept rows I read: my unit's, when I see every one of its members
    tree bigint := case when my_unit is not null
                             and not exists (select from unnest(members) m (id) where not m.id <@ ranges)
                        then my_unit end;
    -- the owners seen outside that tree, one by one: those I see less the tree's members
    others bigint[] := case when tree is null then owners
                            else array(select o from unnest(owners) o except select m from unnest(members) m) end;
    first_day date := date_trunc('month', p_today - 90)::date;  -- days one by one from here
    after_day date := (date_trunc('month', p_today) + interval '1 month')::date;  -- to here
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
    with c as (
        select r.contracts as n, r.receivable, r.planned_open from private.receivable_owners r where all_rows
        union all
        select r.contracts, r.receivable, r.planned_open from private.receivable_tree_owners r
        where r.unit_id = tree
        union all
        select r.contracts, r.receivable, r.planned_open from private.receivable_owners r
        where r.owner_id = any (others)
        union all
        select (r.receivable <> 0)::int, r.receivable, r.planned_open from private.receivable_contracts r
        where r.contract_id = any (shared) and (r.owner_id <@ ranges) is not true
    ), ages as (
        select d.unpaid, greatest(0, p_today - d.due_on) as days from private.receivable_company_days d
        where all_rows and d.due_on >= first_day and d.due_on < after_day
        union all
        -- the other months whole: every day of an earlier one 91+ days overdue, of a later one not due
        select m.unpaid, case when m.due_month < p_today then 91 else 0 end
        from private.receivable_company_months m
        where all_rows and (m.due_month < first_day or m.due_month >= after_day)
        union all
        select d.unpaid, greatest(0, p_today - d.due_on) from private.receivable_tree_days d
        where d.unit_id = tree and d.due_on >= first_day and d.due_on < after_day
        union all
        select m.unpaid, case when m.due_month < p_today then 91 else 0 end
        from private.receivable_tree_months m
        where m.unit_id = tree and (m.due_month < first_day or m.due_month >= after_day)
        union all
        -- the owners outside the tree (0056)
        select i.unpaid, i.days from private.receivable_ages(p_today, false, others, '{}') i
        where not all_rows
        union all
        -- the contracts reached only through shares and routes, one instalment at a time
        select r.unpaid, greatest(0, p_today - r.due_on) from private.receivable_instalments r
        where not all_rows and r.contract_id = any (shared) and (r.owner_id <@ ranges) is not true
    ), buckets as (
        select coalesce(sum(i.unpaid) filter (where i.days = 0), 0) as nd,
               coalesce(sum(i.unpaid) filter (where i.days between 1 and 30), 0) as b1,
               coalesce(sum(i.unpaid) filter (where i.days between 31 and 60), 0) as b2,
               coalesce(sum(i.unpaid) filter (where i.days between 61 and 90), 0) as b3,
               coalesce(sum(i.unpaid) filter (where i.days > 90), 0) as b4
        from ages i
    ), money as (
        select coalesce(sum(c.n), 0)::integer as n, coalesce(sum(c.receivable), 0) as receivable,
               coalesce(sum(c.planned_open), 0) as planned_open
        from c
    )
    select m.n, b.nd, b.b1, b.b2, b.b3, b.b4, b.b1 + b.b2 + b.b3 + b.b4, m.receivable - m.planned_open,
           m.receivable
    from money m, buckets b;
end
$function$;
alter function private.ageing_seen(p_today date) owner to salesdesk_owner;
grant execute on function private.ageing_seen(p_today date) to salesdesk_api;
