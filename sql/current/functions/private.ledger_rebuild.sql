-- private.ledger_rebuild, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.ledger_rebuild()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    perform pg_advisory_xact_lock(hashtextextended('metric_ledger:rebuild', 0));
    delete from private.metric_ledger;
    insert into private.metric_ledger (metric, source_id, employee_id, unit_id, day, credited, overlay_credit, assisted)
    select r.* from unnest(array['contracts', 'payments', 'customers', 'followups', 'leads']) s (source)
        cross join lateral private.ledger_rows(s.source, case s.source
            when 'contracts' then array(select id from sales.contracts where private.contract_counts(status))
            when 'payments' then array(select id from sales.payments where status = 'approved')
            when 'customers' then array(select id from sales.customers where owner_id is not null)
            when 'followups' then array(select id from sales.followups where archived_at is null)
            else array(select id from sales.leads where status = 'converted') end) r
    order by 1, 2, 3;
end
$function$;
alter function private.ledger_rebuild() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
