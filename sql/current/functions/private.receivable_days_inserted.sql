-- private.receivable_days_inserted, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0056_receivable_days.sql

CREATE OR REPLACE FUNCTION private.receivable_days_inserted()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    insert into private.receivable_days as t (owner_id, due_on, instalments, unpaid)
    select owner_id, due_on, count(*), sum(unpaid)
    from new_rows group by owner_id, due_on order by owner_id, due_on
    on conflict (owner_id, due_on) do update
        set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid;
    insert into private.receivable_months as t (owner_id, due_month, instalments, unpaid)
    select owner_id, date_trunc('month', due_on)::date, count(*), sum(unpaid)
    from new_rows group by 1, 2 order by 1, 2
    on conflict (owner_id, due_month) do update
        set instalments = t.instalments + excluded.instalments, unpaid = t.unpaid + excluded.unpaid;
    return null;
end
$function$;
alter function private.receivable_days_inserted() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
