-- private.receivable_ages, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0056_receivable_days.sql

CREATE OR REPLACE FUNCTION private.receivable_ages(p_today date, p_all boolean, p_owners bigint[], p_shared bigint[])
 RETURNS TABLE(owner_id bigint, unpaid numeric, days integer)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with edges as (
        select date_trunc('month', p_today - 90)::date as lo,  -- earlier months: 91+ days overdue
               (date_trunc('month', p_today) + interval '1 month')::date as hi  -- later: not due
    )
    select r.owner_id, r.unpaid, greatest(0, p_today - r.due_on)
    from edges, private.receivable_days r where p_all and r.due_on >= edges.lo and r.due_on < edges.hi
    union all
    select r.owner_id, r.unpaid, greatest(0, p_today - r.due_on)
    from edges, unnest(p_owners) o (id) join private.receivable_days r on r.owner_id = o.id
    where r.due_on >= edges.lo and r.due_on < edges.hi
    union all
    select m.owner_id, m.unpaid, case when m.due_month < edges.lo then 91 else 0 end
    from edges, private.receivable_months m where p_all and (m.due_month < edges.lo or m.due_month >= edges.hi)
    union all
    select m.owner_id, m.unpaid, case when m.due_month < edges.lo then 91 else 0 end
    from edges, unnest(p_owners) o (id) join private.receivable_months m on m.owner_id = o.id
    where m.due_month < edges.lo or m.due_month >= edges.hi
    union all
    select r.owner_id, r.unpaid, greatest(0, p_today - r.due_on)
    from private.receivable_instalments r
    where not p_all and r.contract_id = any (p_shared) and (r.owner_id = any (p_owners)) is not true
$function$;
alter function private.receivable_ages(p_today date, p_all boolean, p_owners bigint[], p_shared bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
