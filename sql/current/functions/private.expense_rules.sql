-- private.expense_rules, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0030_expenses.sql

CREATE OR REPLACE FUNCTION private.expense_rules()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    -- the status moves only through the submit and the approval (the API role writes no status);
    -- the owner moves on a hand-over, which a leave must never be refused
    moving text[] := array['status', 'owner_id', 'updated_at', 'updated_by', 'version', 'name_sort',
                           'search_text', 'search_grams', 'amount_key'];
begin
    if tg_op = 'UPDATE' and old.status in ('submitted', 'approved') and pg_trigger_depth() = 1
       and (to_jsonb(new) - moving - 'archived_at') <> (to_jsonb(old) - moving - 'archived_at') then
        raise exception 'a submitted or approved expense cannot be changed' using errcode = 'SD003';
    end if;
    if tg_op = 'UPDATE' and new.archived_at is distinct from old.archived_at and old.status = 'submitted' then
        raise exception 'a submitted expense cannot be archived' using errcode = 'SD003';
    end if;
    if new.opportunity_id is not null and new.customer_id is not null
       and not exists (select 1 from sales.opportunities o where o.id = new.opportunity_id
                       and o.customer_id = new.customer_id) then
        raise exception 'the deal belongs to another customer' using errcode = '23514',
            column = 'opportunity_id', table = 'expenses', constraint = 'expenses_opportunity_id_check';
    end if;
    return new;
end
$function$;
alter function private.expense_rules() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
