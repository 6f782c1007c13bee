-- private.receivable_days_deleted, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0056_receivable_days.sql

CREATE OR REPLACE FUNCTION private.receivable_days_deleted()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    owners bigint[];
    days date[];
begin
    with changed as (
        insert into private.receivable_days as t (owner_id, due_on, instalments, unpaid)
        select owner_id, due_on, -count(*), -sum(unpaid)
        from old_rows group by owner_id, due_on order by owner_id, due_on
        on conflict (owner_id, due_on) do update
            set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid
        returning t.owner_id, t.due_on, t.instalments
    )
    select array_agg(c.owner_id), array_agg(c.due_on) into owners, days from changed c where c.instalments = 0;
    delete from private.receivable_days t
    using unnest(owners, days) g (owner_id, due_on)
    where t.owner_id = g.owner_id and t.due_on = g.due_on and t.instalments = 0;
    with changed as (
        insert into private.receivable_months as t (owner_id, due_month, instalments, unpaid)
        select owner_id, date_trunc('month', due_on)::date, -count(*), -sum(unpaid)
        from old_rows group by 1, 2 order by 1, 2
        on conflict (owner_id, due_month) do update
            set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid
        returning t.owner_id, t.due_month, t.instalments
    )
    select array_agg(c.owner_id), array_agg(c.due_month) into owners, days from changed c where c.instalments = 0;
    delete from private.receivable_months t
    using unnest(owners, days) g (owner_id, due_month)
    where t.owner_id = g.owner_id and t.due_month = g.due_month and t.instalments = 0;
    return null;
end
$function$;
alter function private.receivable_days_deleted() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
