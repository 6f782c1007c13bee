-- private.receivables_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0044_receivables_summary.sql, 0053_inbox_and_customer_receivables.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.receivables_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    ids bigint[];
begin
    if tg_table_name = 'contracts' then
        if tg_op = 'INSERT' then
            select array_agg(id order by id) into ids from new_rows where private.contract_counts(status);
        elsif tg_op = 'DELETE' then
            select array_agg(id order by id) into ids from old_rows;
        else
            select array_agg(n.id order by n.id) into ids
            from new_rows n join old_rows o on o.id = n.id
            where (n.status, n.total_amount, n.owner_id, n.customer_id)
                  is distinct from (o.status, o.total_amount, o.owner_id, o.customer_id)
              and (private.contract_counts(n.status) or private.contract_counts(o.status));
        end if;
    elsif tg_table_name = 'instalments' then
        if tg_op = 'INSERT' then
            select array_agg(distinct contract_id) into ids from new_rows;
        elsif tg_op = 'DELETE' then
            select array_agg(distinct contract_id) into ids from old_rows;
        else
            select array_agg(distinct x.contract_id) into ids
            from (select n.contract_id from new_rows n join old_rows o on o.id = n.id
                  where (n.contract_id, n.amount, n.due_on) is distinct from (o.contract_id, o.amount, o.due_on)
                  union all
                  select o.contract_id from new_rows n join old_rows o on o.id = n.id
                  where n.contract_id is distinct from o.contract_id) x;
        end if;
    else  -- payments
        if tg_op = 'INSERT' then
            select array_agg(distinct contract_id) into ids from new_rows where status = 'approved';
        elsif tg_op = 'DELETE' then
            select array_agg(distinct contract_id) into ids from old_rows where status = 'approved';
        else
            select array_agg(distinct x.contract_id) into ids
            from (select n.contract_id from new_rows n join old_rows o on o.id = n.id
                  where (n.status = 'approved' or o.status = 'approved')
                    and (n.status, n.amount, n.contract_id) is distinct from (o.status, o.amount, o.contract_id)
                  union all
                  select o.contract_id from new_rows n join old_rows o on o.id = n.id
                  where o.status = 'approved' and n.contract_id is distinct from o.contract_id) x;
        end if;
    end if;
    perform private.receivables_refresh(coalesce(array_remove(ids, null), '{}'));  -- (null: rebuild all)
    return null;
end
$function$;
alter function private.receivables_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
