-- private.receivable_owners_deleted, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0046_receivable_owners.sql

CREATE OR REPLACE FUNCTION private.receivable_owners_deleted()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    insert into private.receivable_owners as t (owner_id, contracts, receivable, planned_open)
    select owner_id, -count(*) filter (where receivable <> 0), -sum(receivable), -sum(planned_open)
    from old_rows group by owner_id order by owner_id
    on conflict (owner_id) do update
        set contracts = t.contracts + excluded.contracts, receivable = t.receivable + excluded.receivable,
            planned_open = t.planned_open + excluded.planned_open;
    delete from private.receivable_owners t
    where t.owner_id in (select owner_id from old_rows)
      and t.contracts = 0 and t.receivable = 0 and t.planned_open = 0;
    return null;
end
$function$;
alter function private.receivable_owners_deleted() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
