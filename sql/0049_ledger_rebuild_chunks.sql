-- The attainment ledger rebuilt in chunks of ids (issue 14 §7: the bench company's ledger).
--
-- 0035's private.ledger_rebuild handed each source's ids to private.ledger_rows as one array: with
-- a million contracts every `id = any (ids)` test walked that array, so a rebuild on the bench
-- company ran for over 40 minutes without finishing (the same cost the bench load met in the
-- statement triggers). A rebuild now feeds private.ledger_rows the ids of each source in
-- ascending chunks of 10,000, which it looks up by the primary key as the triggers' small batches
-- do. The rows written are the same (tests/test_attainment.py compares a rebuild with what the
-- triggers maintained); the rebuild still runs in the caller's transaction under its lock.

set local role salesdesk_owner;

create or replace function private.ledger_rebuild() returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
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
$$;
revoke all on function private.ledger_rebuild() from public;

reset role;
