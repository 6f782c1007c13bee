-- api.approval_rules, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql, 0038_money_rules.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.approval_rules()
 RETURNS TABLE(id bigint, type text, name text, priority integer, active boolean, min_amount numeric, min_discount numeric, unit_id bigint, category_id bigint, expense_categories text[], steps jsonb, version integer)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
begin
    perform private.require_employee();
    return query
        select r.id, r.type, r.name, r.priority, r.active, r.min_amount, r.min_discount, r.unit_id, r.category_id,
               r.expense_categories,
               coalesce((select jsonb_agg(jsonb_strip_nulls(to_jsonb(s) - 'rule_id') order by s.step_no)
                         from sales.approval_rule_steps s where s.rule_id = r.id), '[]'),
               r.version
        from sales.approval_rules r
        order by r.type, r.priority, r.id;
end
$function$;
alter function api.approval_rules() owner to salesdesk_api;
grant execute on function api.approval_rules() to salesdesk_user;
