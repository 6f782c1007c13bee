-- private.ledger_rebuild, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql, 0049_ledger_rebuild_chunks.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.ledger_rebuild()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    source text;
    ids bigint[];
begin
    perform pg_advisory_xact_lock(hashtextextended('metric_ledger:rebuild', 0));
    delete from private.metric_ledger;
    foreach source in array array['contracts', 'payments', 'customers', 'followups', 'leads'] loop
        for ids in execute format(
                'select array_agg(id order by id) from (select id, (row_number() over (order by id) - 1) / 10000 '
                'as chunk from %s where %s) x group by chunk order by chunk',
                case source when 'contracts' then 'sales.contracts' when 'payments' then 'sales.payments'
                            when 'customers' then 'sales.customers' when 'followups' then 'sales.followups'
                            else 'sales.leads' end,
                case source when 'contracts' then 'private.contract_counts(status)'
                            when 'payments' then 'status = ''approved'''
                            when 'customers' then 'owner_id is not null'
                            when 'followups' then 'archived_at is null'
                            else 'status = ''converted''' end) loop
            insert into private.metric_ledger (metric, source_id, employee_id, unit_id, day, credited,
                                               overlay_credit, assisted)
            select r.* from private.ledger_rows(source, ids) r order by 1, 2, 3;
        end loop;
    end loop;
end
$function$;
alter function private.ledger_rebuild() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
