-- private.open_approval, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql, 0038_money_rules.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.open_approval(p_type text, p_record_id bigint, p_amount numeric, p_discount numeric, p_category_id bigint, p_summary text)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.require_employee();
    t private.approval_types := private.approval_type(p_type);
    unit bigint := (select e.unit_id from sales.employees e where e.id = me);
    rule sales.approval_rules;
    s sales.approval_rule_steps;
    req sales.approval_requests;
    people bigint[];
    n integer := 0;
begin
    select * into rule from sales.approval_rules
    where id = private.approval_rule_for(p_type, p_amount, p_discount, unit, p_category_id, p_record_id);
    select * into req from sales.approval_requests where type = p_type and record_id = p_record_id for update;
    if req.state = 'pending' then
        raise exception 'this record is already waiting for approval' using errcode = 'SDA05';
    end if;
    if rule.id is null then
        return null;
    end if;
    if req.id is null then
        insert into sales.approval_requests (type, record_kind, record_id, requester_id, rule_id, unit_id, amount,
                                             discount, category_id, summary, steps, step_no)
        values (p_type, t.kind, p_record_id, me, rule.id, unit, p_amount, p_discount, p_category_id,
                left(coalesce(p_summary, ''), 500), 1, 1)
        returning * into req;
    else
        update sales.approval_requests set
            round = round + 1, rule_id = rule.id, unit_id = unit, amount = p_amount, discount = p_discount,
            category_id = p_category_id, summary = left(coalesce(p_summary, ''), 500), state = 'pending',
            step_no = 1, submitted_at = clock_timestamp(), decided_at = null
        where id = req.id
        returning * into req;
    end if;
    for s in select * from sales.approval_rule_steps where rule_id = rule.id order by step_no loop
        n := n + 1;
        people := array(select p from unnest(private.approval_step_people(s, req.requester_id)) p
                        where private.stands_above(p, req.requester_id));
        if cardinality(people) = 0 then
            raise exception 'approval rule "%", step %: nobody who stands above you can decide it', rule.name, n
                using errcode = 'SDA02', detail = rule.name, hint = n::text;
        end if;
        insert into sales.approval_approvers (request_id, round, step_no, mode, employee_id)
        select req.id, req.round, n, s.mode, p from unnest(people) p;
    end loop;
    update sales.approval_requests set steps = n where id = req.id returning * into req;
    perform private.approval_event(req, null, 'submitted', null);
    perform private.approval_open_step(req.id, req.round, 1);
    return req.id;
end
$function$;
alter function private.open_approval(p_type text, p_record_id bigint, p_amount numeric, p_discount numeric, p_category_id bigint, p_summary text) owner to salesdesk_owner;
grant execute on function private.open_approval(p_type text, p_record_id bigint, p_amount numeric, p_discount numeric, p_category_id bigint, p_summary text) to salesdesk_api;
