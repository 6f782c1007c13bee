-- private.ledger_refresh, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.ledger_refresh(p_source text, p_ids bigint[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if coalesce(cardinality(p_ids), 0) = 0 then
        return;
    end if;
    -- one lock per bucket of ids (id mod 64), taken in order: two rewrites of one record's rows
    -- wait for each other, and a bulk statement (an import, a bench load) takes at most 64 locks
    -- instead of one per record, which exhausted the lock table
    perform pg_advisory_xact_lock(hashtextextended('metric_ledger:' || p_source || ':' || s.bucket, 0))
    from (select distinct x % 64 as bucket from unnest(p_ids) x where x is not null order by 1) s;
    delete from private.metric_ledger l
    where l.source_id = any (p_ids) and l.metric in (select code from sales.metrics where source = p_source);
    insert into private.metric_ledger (metric, source_id, employee_id, unit_id, day, credited, overlay_credit, assisted)
    select * from private.ledger_rows(p_source, p_ids) r
    order by r.metric, r.source_id, r.employee_id;
end
$function$;
alter function private.ledger_refresh(p_source text, p_ids bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
