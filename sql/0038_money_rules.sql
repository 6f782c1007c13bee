-- 0038 Expense categories as a condition of the approval rules (issue 13 §2/§5).
--
-- 1. A rule may name expense categories (sales.approval_rules.expense_categories, codes of
--    sales.expense_categories; only on rules of type 'expense'; null = every category). A trigger
--    refuses a code that is no category (SD005), whoever writes.
-- 2. private.approval_rule_for (0023) takes the record asking (p_record_id): for an expense it
--    reads the expense's category, and a rule naming categories applies only to expenses of one
--    of them. private.open_approval (0023) passes the record on; nothing else of it changes.
-- 3. api.approval_rules / api.approval_rule_save read and write the new condition.
set local role salesdesk_owner;

alter table sales.approval_rules add column if not exists expense_categories text[];
alter table sales.approval_rules drop constraint if exists approval_rules_expense_categories_check;
alter table sales.approval_rules add constraint approval_rules_expense_categories_check
    check (expense_categories is null or (type = 'expense' and cardinality(expense_categories) >= 1));

create or replace function private.approval_rule_categories_exist() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if new.expense_categories is not null and exists (
            select 1 from unnest(new.expense_categories) c(code)
            where not exists (select 1 from sales.expense_categories x where x.code = c.code)) then
        raise exception 'an approval rule names an expense category that does not exist'
            using errcode = 'SD005';
    end if;
    return new;
end
$$;
revoke all on function private.approval_rule_categories_exist() from public;
drop trigger if exists expense_categories_exist on sales.approval_rules;
create trigger expense_categories_exist before insert or update of expense_categories on sales.approval_rules
    for each row execute function private.approval_rule_categories_exist();

-- The first active rule of the type, by priority, whose every condition holds (null = any). The
-- record asking (when given) answers the conditions it holds itself: an expense its category.
drop function if exists private.approval_rule_for(text, numeric, numeric, bigint, bigint);
create or replace function private.approval_rule_for(p_type text, p_amount numeric, p_discount numeric,
                                                     p_unit_id bigint, p_category_id bigint,
                                                     p_record_id bigint default null) returns bigint
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
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
$$;
revoke all on function private.approval_rule_for(text, numeric, numeric, bigint, bigint, bigint) from public;

-- Submitting: as 0023, passing the record asking on to the rule's choice.
create or replace function private.open_approval(p_type text, p_record_id bigint, p_amount numeric,
                                                 p_discount numeric, p_category_id bigint, p_summary text)
    returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
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
$$;
revoke all on function private.open_approval(text, bigint, numeric, numeric, bigint, text) from public;
grant execute on function private.open_approval(text, bigint, numeric, numeric, bigint, text) to salesdesk_api;


reset role;
set local role salesdesk_api;

-- The rules with their steps, for everyone (company policy); now with the expense categories.
drop function if exists api.approval_rules();
create or replace function api.approval_rules()
    returns table (id bigint, type text, name text, priority integer, active boolean, min_amount numeric,
                   min_discount numeric, unit_id bigint, category_id bigint, expense_categories text[],
                   steps jsonb, version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
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
$$;

-- As 0023, with `expense_categories` (an array of category codes, or null) in p_rule.
create or replace function api.approval_rule_save(p_id bigint, p_version integer, p_rule jsonb) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
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
$$;

reset role;
revoke all on function api.approval_rules(), api.approval_rule_save(bigint, integer, jsonb) from public;
grant execute on function api.approval_rules(), api.approval_rule_save(bigint, integer, jsonb) to salesdesk_user;
grant insert (expense_categories), update (expense_categories) on sales.approval_rules to salesdesk_api;
