-- private.receivable_company_deleted, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0060_receivables_company_days.sql

CREATE OR REPLACE FUNCTION private.receivable_company_deleted()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    insert into private.receivable_company_days as t (due_on, instalments, unpaid)
    select due_on, -count(*), -sum(unpaid) from old_rows group by 1 order by 1
    on conflict (due_on) do update
        set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid;
    delete from private.receivable_company_days t
    where t.instalments = 0 and t.due_on in (select o.due_on from old_rows o);
    insert into private.receivable_company_months as t (due_month, instalments, unpaid)
    select date_trunc('month', due_on)::date, -count(*), -sum(unpaid) from old_rows group by 1 order by 1
    on conflict (due_month) do update
        set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid;
    delete from private.receivable_company_months t
    where t.instalments = 0 and t.due_month in (select date_trunc('month', o.due_on)::date from old_rows o);
    return null;
end
$function$;
alter function private.receivable_company_deleted() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
