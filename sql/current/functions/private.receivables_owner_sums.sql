-- private.receivables_owner_sums, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0050_receivables_page_kept.sql, 0056_receivable_days.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.receivables_owner_sums(p_today date)
 RETURNS TABLE(owner_id bigint, contracts bigint, receivable numeric, planned_open numeric, nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
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
        with c as (
            select r.owner_id, r.contracts, r.receivable, r.planned_open
            from private.receivable_owners r where all_rows
            union all
            select r.owner_id, r.contracts, r.receivable, r.planned_open
            from unnest(owners) o (id) join private.receivable_owners r on r.owner_id = o.id
            union all
            select r.owner_id, (r.receivable <> 0)::integer::bigint, r.receivable, r.planned_open
            from private.receivable_contracts r
            where not all_rows and r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true
        ), cs as (
            select c.owner_id, sum(c.contracts) as n, sum(c.receivable) as receivable,
                   sum(c.planned_open) as planned_open
            from c group by c.owner_id
        ), ib as (
            select i.owner_id, sum(i.unpaid) filter (where i.days = 0) as nd,
                   sum(i.unpaid) filter (where i.days between 1 and 30) as b1,
                   sum(i.unpaid) filter (where i.days between 31 and 60) as b2,
                   sum(i.unpaid) filter (where i.days between 61 and 90) as b3,
                   sum(i.unpaid) filter (where i.days > 90) as b4
            from private.receivable_ages(p_today, all_rows, owners, shared) i group by i.owner_id
        )
        select cs.owner_id, cs.n::bigint, cs.receivable, cs.planned_open, coalesce(ib.nd, 0),
               coalesce(ib.b1, 0), coalesce(ib.b2, 0), coalesce(ib.b3, 0), coalesce(ib.b4, 0)
        from cs left join ib on ib.owner_id = cs.owner_id;  -- (kept contracts always have an owner: 0046)
end
$function$;
alter function private.receivables_owner_sums(p_today date) owner to salesdesk_owner;
grant execute on function private.receivables_owner_sums(p_today date) to salesdesk_api;
