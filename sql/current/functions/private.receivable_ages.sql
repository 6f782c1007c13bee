-- private.receivable_ages, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0056_receivable_days.sql

CREATE OR REPLACE FUNCTION private.receivable_ages(p_today date, p_all boolean, p_owners bigint[], p_shared bigint[])
 RETURNS TABLE(owner_id bigint, unpaid numeric, days integer)
 LANGUAGE sql
 STABLE
AS $function$
    -- the days from the first of p_today - 90's month to the end of p_today's month, one by one
    select r.owner_id, r.unpaid, greatest(0, p_today - r.due_on)
    from private.receivable_days r
    where p_all and r.due_on >= (select date_trunc('month', p_today - 90)::date)
      and r.due_on < (select (date_trunc('month', p_today) + interval '1 month')::date)
    union all
    select r.owner_id, r.unpaid, greatest(0, p_today - r.due_on)
    from unnest(p_owners) o (id) join private.receivable_days r  -- (each owner's days by the key)
        on (r.owner_id, r.due_on) >= (o.id, (select date_trunc('month', p_today - 90)::date))
       and (r.owner_id, r.due_on) < (o.id, (select (date_trunc('month', p_today) + interval '1 month')::date))
    union all
    -- the other months whole: every day of an earlier one 91+ days overdue, of a later one not due
    select m.owner_id, m.unpaid, case when m.due_month < p_today then 91 else 0 end
    from private.receivable_months m
    where p_all and (m.due_month < (select date_trunc('month', p_today - 90)::date)
                     or m.due_month >= (select (date_trunc('month', p_today) + interval '1 month')::date))
    union all
    select m.owner_id, m.unpaid, case when m.due_month < p_today then 91 else 0 end
    from unnest(p_owners) o (id) join private.receivable_months m on m.owner_id = o.id
    where m.due_month < (select date_trunc('month', p_today - 90)::date)
       or m.due_month >= (select (date_trunc('month', p_today) + interval '1 month')::date)
    union all
    select r.owner_id, r.unpaid, greatest(0, p_today - r.due_on)
    from private.receivable_instalments r
    where not p_all and r.contract_id = any (p_shared) and (r.owner_id = any (p_owners)) is not true
$function$;
alter function private.receivable_ages(p_today date, p_all boolean, p_owners bigint[], p_shared bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
