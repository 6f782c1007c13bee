-- private.receivable_instalments_seen, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0050_receivables_page_kept.sql

CREATE OR REPLACE FUNCTION private.receivable_instalments_seen()
 RETURNS TABLE(contract_id bigint, owner_id bigint, due_on date, unpaid numeric)
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
        select r.contract_id, r.owner_id, r.due_on, r.unpaid
        from private.receivable_instalments r where all_rows
        union all
        select r.contract_id, r.owner_id, r.due_on, r.unpaid
        from unnest(owners) o (id) join private.receivable_instalments r on r.owner_id = o.id
        union all
        select r.contract_id, r.owner_id, r.due_on, r.unpaid
        from private.receivable_instalments r
        where not all_rows and r.contract_id = any (shared) and (r.owner_id = any (owners)) is not true;
end
$function$;
alter function private.receivable_instalments_seen() owner to salesdesk_owner;
grant execute on function private.receivable_instalments_seen() to salesdesk_api;
