-- api.approval_rule_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql, 0038_money_rules.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.approval_rule_save(p_id bigint, p_version integer, p_rule jsonb)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    rid bigint;
    v integer;
begin
    perform private.require_permission('maintain_approval_rules');
    if jsonb_typeof(p_rule) is distinct from 'object' or jsonb_typeof(p_rule -> 'steps') is distinct from 'array'
       or jsonb_array_length(p_rule -> 'steps') = 0 then
        raise exception 'a rule needs its conditions and at least one step' using errcode = 'SD005';
    end if;
    begin
        if p_id is null then
            insert into sales.approval_rules (type, name, priority, active, min_amount, min_discount, unit_id,
                                              category_id, expense_categories)
            select x.type, x.name, coalesce(x.priority, 100), coalesce(x.active, true), x.min_amount,
                   x.min_discount, x.unit_id, x.category_id, x.expense_categories
            from jsonb_populate_record(null::sales.approval_rules, p_rule) x
            returning id into rid;
        else
            select r.version into v from sales.approval_rules r where r.id = p_id for update;
            if v is null then
                raise exception 'record not found' using errcode = 'P0002';
            elsif p_version is not null and v <> p_version then
                raise exception 'changed by someone else' using errcode = 'SD002';
            end if;
            update sales.approval_rules r set
                name = x.name, priority = coalesce(x.priority, 100), active = coalesce(x.active, true),
                min_amount = x.min_amount, min_discount = x.min_discount, unit_id = x.unit_id,
                category_id = x.category_id, expense_categories = x.expense_categories
            from jsonb_populate_record(null::sales.approval_rules, p_rule) x
            where r.id = p_id
            returning r.id into rid;
            delete from sales.approval_rule_steps where rule_id = rid;
        end if;
        insert into sales.approval_rule_steps (rule_id, step_no, approver, levels, position_id, unit_id,
                                               employee_ids, mode)
        select rid, s.n, s.v ->> 'approver', (s.v ->> 'levels')::integer, (s.v ->> 'position_id')::bigint,
               (s.v ->> 'unit_id')::bigint,
               case when s.v ? 'employee_ids'
                    then array(select jsonb_array_elements_text(s.v -> 'employee_ids')::bigint) end,
               coalesce(s.v ->> 'mode', 'any')
        from jsonb_array_elements(p_rule -> 'steps') with ordinality s(v, n);
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return rid;
end
$function$;
alter function api.approval_rule_save(p_id bigint, p_version integer, p_rule jsonb) owner to salesdesk_api;
grant execute on function api.approval_rule_save(p_id bigint, p_version integer, p_rule jsonb) to salesdesk_user;
