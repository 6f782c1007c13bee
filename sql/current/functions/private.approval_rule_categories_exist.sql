-- private.approval_rule_categories_exist, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0038_money_rules.sql

CREATE OR REPLACE FUNCTION private.approval_rule_categories_exist()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if new.expense_categories is not null and exists (
            select 1 from unnest(new.expense_categories) c(code)
            where not exists (select 1 from sales.expense_categories x where x.code = c.code)) then
        raise exception 'an approval rule names an expense category that does not exist'
            using errcode = 'SD005';
    end if;
    return new;
end
$function$;
alter function private.approval_rule_categories_exist() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
