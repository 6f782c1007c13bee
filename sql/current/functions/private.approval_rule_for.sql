-- private.approval_rule_for, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql, 0038_money_rules.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.approval_rule_for(p_type text, p_amount numeric, p_discount numeric, p_unit_id bigint, p_category_id bigint, p_record_id bigint DEFAULT NULL::bigint)
 RETURNS bigint
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with recursive cats (id) as (   -- the category and every category above it
        select p_category_id where p_category_id is not null
        union
        select c.parent_id from cats join sales.product_categories c on c.id = cats.id where c.parent_id is not null
    ), asking as (
        select (select e.category from sales.expenses e where p_type = 'expense' and e.id = p_record_id)
            as expense_category
    )
    select r.id from sales.approval_rules r, asking a
    where r.type = p_type and r.active
      and (r.min_amount is null or p_amount >= r.min_amount)
      and (r.min_discount is null or p_discount >= r.min_discount)
      and (r.unit_id is null or p_unit_id = any (private.unit_subtree(r.unit_id)))
      and (r.category_id is null or r.category_id in (select id from cats))
      and (r.expense_categories is null or a.expense_category = any (r.expense_categories))
      and exists (select 1 from sales.approval_rule_steps s where s.rule_id = r.id)
    order by r.priority, r.id
    limit 1
$function$;
alter function private.approval_rule_for(p_type text, p_amount numeric, p_discount numeric, p_unit_id bigint, p_category_id bigint, p_record_id bigint) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
