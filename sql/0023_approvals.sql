-- Approvals as data (issue 13 §2): request types, rules with conditions and ordered steps,
-- requests whose approvers are resolved at submit, decisions, the trail and the inbox.
--
-- A kind plugs in with one declaration, `call private.declare_approval(type, kind, hook)`, and
-- calls `private.request_approval(type, record_id, amount, discount, category_id, summary)` from
-- its own submit function (null back: no rule applies, no approval needed). The hook
-- `hook(p_request_id bigint, p_record_id bigint, p_state text)` runs, as the schema owner, in the
-- transaction that finally approves, rejects or withdraws the request.
--
-- The guard, whatever the rule data says: nobody decides their own request nor one of someone
-- they do not stand above (the hand-on relation of private.visibility_sets: the requester
-- reports to them at any depth, or sits in a unit strictly below theirs). Approvers who do not
-- stand above the requester are left out when a rule is resolved at submit; a step left with
-- nobody refuses the submit (SDA02) so that a misconfigured rule is seen at once; an approver
-- row naming anyone else is refused by a trigger; and a decision checks the relation again (the
-- org may have changed since the submit).
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- 1. The permission to maintain the rules (data, like sql/0016)
-- ---------------------------------------------------------------------------
insert into sales.permissions (code, name, name_en, description, description_en, sort_order) values
    ('maintain_approval_rules', '维护审批规则', 'Maintain approval rules',
     '新增、修改、停用审批规则及其审批步骤', 'Add, change and deactivate approval rules and their steps', 45)
on conflict (code) do nothing;
insert into sales.position_permissions (position_id, permission)
select p.id, 'maintain_approval_rules' from sales.positions p where p.code = 'admin'
on conflict do nothing;

-- ---------------------------------------------------------------------------
-- 2. Request types: a registry; a type names the kind it approves and its hook once declared
-- ---------------------------------------------------------------------------
create table if not exists private.approval_types (
    type        text primary key check (type ~ '^[a-z][a-z_]{1,40}$'),
    kind        text references private.record_kinds (kind),
    on_decided  regprocedure,
    sort_order  integer not null default 0,
    check ((kind is null) = (on_decided is null))
);
alter table private.approval_types enable row level security;
alter table private.approval_types force row level security;
-- the types the issue names; rules can be kept for them before their kind declares them
insert into private.approval_types (type, sort_order) values
    ('discount', 10), ('contract', 20), ('expense', 30), ('payment', 40), ('transfer', 50),
    ('target_change', 60)
on conflict (type) do nothing;

create or replace procedure private.declare_approval(p_type text, p_kind text, p_on_decided regprocedure)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.kind(p_kind);
    if (select p.proargtypes from pg_proc p where p.oid = p_on_decided) <> '20 20 25'::oidvector then
        raise exception 'approval type %: the hook must take (p_request_id bigint, p_record_id bigint, p_state text)',
            p_type;
    end if;
    insert into private.approval_types (type, kind, on_decided) values (p_type, p_kind, p_on_decided)
    on conflict (type) do update set kind = excluded.kind, on_decided = excluded.on_decided;
end
$$;
revoke all on procedure private.declare_approval(text, text, regprocedure) from public;

-- ---------------------------------------------------------------------------
-- 3. Rules: conditions (all nullable: null = any) and ordered steps
-- ---------------------------------------------------------------------------
create table if not exists sales.approval_rules (
    id           bigint generated always as identity primary key,
    type         text not null references private.approval_types (type),
    name         text not null check (btrim(name) <> '' and char_length(name) <= 200),
    priority     integer not null default 100,
    active       boolean not null default true,
    min_amount   numeric(16, 2) check (min_amount >= 0),
    min_discount numeric(5, 2) check (min_discount between 0 and 100),
    unit_id      bigint references sales.org_units (id),
    category_id  bigint references sales.product_categories (id),
    created_at   timestamptz not null default now(),
    created_by   bigint,
    updated_at   timestamptz not null default now(),
    updated_by   bigint,
    version      integer not null default 1
);
create index if not exists approval_rules_type_idx on sales.approval_rules (type, priority, id) where active;

create table if not exists sales.approval_rule_steps (
    rule_id      bigint not null references sales.approval_rules (id) on delete cascade,
    step_no      integer not null check (step_no between 1 and 20),
    approver     text not null check (approver in ('superior', 'position', 'people')),
    levels       integer check (levels between 1 and 10),
    position_id  bigint references sales.positions (id),
    unit_id      bigint references sales.org_units (id),
    employee_ids bigint[],
    mode         text not null default 'any' check (mode in ('any', 'all')),
    primary key (rule_id, step_no),
    check (case approver
        when 'superior' then levels is not null and position_id is null and unit_id is null and employee_ids is null
        when 'position' then position_id is not null and levels is null and employee_ids is null
        else cardinality(employee_ids) between 1 and 50 and levels is null and position_id is null
             and unit_id is null end)
);

call private.protect_table('sales.approval_rules');
alter table sales.approval_rule_steps enable row level security;
alter table sales.approval_rule_steps force row level security;
-- every employee reads the rules (company policy, nothing hidden); maintenance needs the permission
drop policy if exists "every employee reads the approval rules" on sales.approval_rules;
create policy "every employee reads the approval rules" on sales.approval_rules
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "rule maintainers add approval rules" on sales.approval_rules;
create policy "rule maintainers add approval rules" on sales.approval_rules
    for insert to salesdesk_api with check ((select private.has_permission('maintain_approval_rules')));
drop policy if exists "rule maintainers change approval rules" on sales.approval_rules;
create policy "rule maintainers change approval rules" on sales.approval_rules
    for update to salesdesk_api using ((select private.has_permission('maintain_approval_rules')))
    with check ((select private.has_permission('maintain_approval_rules')));
drop policy if exists "every employee reads the approval steps" on sales.approval_rule_steps;
create policy "every employee reads the approval steps" on sales.approval_rule_steps
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "rule maintainers add approval steps" on sales.approval_rule_steps;
create policy "rule maintainers add approval steps" on sales.approval_rule_steps
    for insert to salesdesk_api with check ((select private.has_permission('maintain_approval_rules')));
drop policy if exists "rule maintainers remove approval steps" on sales.approval_rule_steps;
create policy "rule maintainers remove approval steps" on sales.approval_rule_steps
    for delete to salesdesk_api using ((select private.has_permission('maintain_approval_rules')));
revoke all on sales.approval_rules, sales.approval_rule_steps from public, salesdesk_user, salesdesk_api;
grant select, insert (type, name, priority, active, min_amount, min_discount, unit_id, category_id),
    update (name, priority, active, min_amount, min_discount, unit_id, category_id)
    on sales.approval_rules to salesdesk_api;
grant select, delete, insert (rule_id, step_no, approver, levels, position_id, unit_id, employee_ids, mode)
    on sales.approval_rule_steps to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 4. Requests (a record kind owned by the requester), their approvers (the kind's members) and
--    the trail
-- ---------------------------------------------------------------------------
create table if not exists sales.approval_requests (
    id            bigint generated always as identity primary key,
    type          text not null references private.approval_types (type),
    record_kind   text not null,
    record_id     bigint not null,
    requester_id  bigint not null references sales.employees (id),
    rule_id       bigint references sales.approval_rules (id) on delete set null,
    unit_id       bigint not null references sales.org_units (id),
    amount        numeric(16, 2),
    discount      numeric(5, 2),
    category_id   bigint references sales.product_categories (id),
    summary       text not null default '' check (char_length(summary) <= 500),
    note          text check (char_length(note) <= 2000),
    round         integer not null default 1,
    state         text not null default 'pending'
                  check (state in ('pending', 'approved', 'rejected', 'withdrawn')),
    step_no       integer,   -- the step waiting while pending
    steps         integer not null check (steps >= 1),
    submitted_at  timestamptz not null default now(),
    decided_at    timestamptz,
    last_event_at timestamptz not null default now(),
    created_at    timestamptz not null default now(),
    created_by    bigint,
    updated_at    timestamptz not null default now(),
    updated_by    bigint,
    version       integer not null default 1,
    unique (type, record_id),
    check ((state = 'pending') = (step_no is not null))
);
create index if not exists approval_requests_requester_idx
    on sales.approval_requests (requester_id, submitted_at desc, id);

call private.declare_kind('approval_request', 'sales.approval_requests', 'approval_requests',
    p_owner_column => 'requester_id', p_shares => true, p_writable => array['note'],
    p_sorts => '{"submitted_at": "submitted_at", "last_event_at": "last_event_at"}', p_filters => array['state', 'type']);

-- A request stays with its requester: an employee's transfer would make someone else the
-- requester of decisions already taken (or an approver the requester of what they decide). Only
-- the hand-over when the requester leaves (`user leave`, no employee session) moves it, to the
-- leaver's manager, who inherits the records too; the guard then keeps that manager from deciding
-- it (nobody decides their own request), and they withdraw or resubmit it.
create or replace function private.approval_request_keeps_requester() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if private.current_employee_id() is not null then
        raise exception 'an approval request stays with the person who submitted it' using errcode = 'SDA06';
    end if;
    return new;
end
$$;
revoke all on function private.approval_request_keeps_requester() from public;
call private.declare_handover('approval_request', 'manager');
drop trigger if exists keeps_requester on sales.approval_requests;
create trigger keeps_requester before update of requester_id on sales.approval_requests
    for each row when (old.requester_id is distinct from new.requester_id)
    execute function private.approval_request_keeps_requester();

create table if not exists sales.approval_approvers (
    id          bigint generated always as identity primary key,
    request_id  bigint not null references sales.approval_requests (id) on delete cascade,
    round       integer not null,
    step_no     integer not null,
    mode        text not null check (mode in ('any', 'all')),
    employee_id bigint not null references sales.employees (id),
    access      text not null default 'read' check (access = 'read'),
    waiting     boolean not null default false,   -- the step is current and this one has not decided
    reached_at  timestamptz,
    decision    text check (decision in ('approved', 'rejected')),
    decided_at  timestamptz,
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1,
    unique (request_id, round, step_no, employee_id)
);
-- the inbox: what waits on me, one index range
create index if not exists approval_approvers_waiting_idx
    on sales.approval_approvers (employee_id, request_id) where waiting;
call private.protect_table('sales.approval_approvers');
drop policy if exists "a request's approvers are seen with the request" on sales.approval_approvers;
create policy "a request's approvers are seen with the request" on sales.approval_approvers
    for select to salesdesk_api
    using (exists (select 1 from sales.approval_requests r where r.id = request_id));
revoke all on sales.approval_approvers from public, salesdesk_user, salesdesk_api;
grant select on sales.approval_approvers to salesdesk_api;
call private.declare_members('approval_request', 'sales.approval_approvers', 'request_id', 'employee_id', 'access');
-- the change feed rings for an approver when their step is reached (waiting turns true) and when
-- it is over for them: member_changed records every insert and update with the approver as subject
drop trigger if exists member_changed on sales.approval_approvers;
create trigger member_changed after insert or update or delete on sales.approval_approvers
    for each row execute function private.member_changed('approval_request', 'request_id', 'employee_id');

create table if not exists sales.approval_events (
    id         bigint generated always as identity primary key,
    request_id bigint not null references sales.approval_requests (id) on delete cascade,
    round      integer not null,
    step_no    integer,
    actor_id   bigint not null references sales.employees (id),
    action     text not null check (action in ('submitted', 'approved', 'rejected', 'withdrawn', 'commented')),
    comment    text check (char_length(comment) <= 2000),
    at         timestamptz not null default clock_timestamp()
);
create index if not exists approval_events_request_idx on sales.approval_events (request_id, id);
alter table sales.approval_events enable row level security;
alter table sales.approval_events force row level security;
drop policy if exists "a request's trail is seen with the request" on sales.approval_events;
create policy "a request's trail is seen with the request" on sales.approval_events
    for select to salesdesk_api
    using (exists (select 1 from sales.approval_requests r where r.id = request_id));
revoke all on sales.approval_events from public, salesdesk_user, salesdesk_api;
grant select on sales.approval_events to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 5. Who stands above whom, and who a rule's step names
-- ---------------------------------------------------------------------------
-- The hand-on relation (private.compute_visibility's hands_on, kept in visibility_sets): the
-- requester reports to the approver at any depth, or sits in a unit strictly below theirs.
create or replace function private.stands_above(p_approver bigint, p_requester bigint) returns boolean
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select p_approver is distinct from p_requester
       and exists (select 1 from private.visibility_sets s
                   where s.viewer_id = p_approver and p_requester = any (s.managed_ids))
$$;
revoke all on function private.stands_above(bigint, bigint) from public;

-- Refuses an approver who does not stand above the requester, whatever wrote the row.
create or replace function private.approver_stands_above() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if not private.stands_above(new.employee_id,
                                (select r.requester_id from sales.approval_requests r where r.id = new.request_id)) then
        raise exception 'an approver must stand above the requester' using errcode = 'SDA02';
    end if;
    return new;
end
$$;
revoke all on function private.approver_stands_above() from public;
drop trigger if exists stands_above on sales.approval_approvers;
create trigger stands_above before insert or update of employee_id, request_id on sales.approval_approvers
    for each row execute function private.approver_stands_above();

-- The requester's superior `p_levels` up the reporting line: leavers are vacancies, skipped
-- upward and not counted; where the line ends first, the highest superior there is.
create or replace function private.approval_superior(p_requester bigint, p_levels integer) returns bigint
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    cur bigint := p_requester;
    found bigint;
    n integer := 0;
    is_active boolean;
begin
    for i in 1..100 loop   -- the reporting line has no cycles; the bound only guards a broken one
        select e.manager_id into cur from sales.employees e where e.id = cur;
        exit when cur is null;
        select e.active into is_active from sales.employees e where e.id = cur;
        if is_active then
            n := n + 1;
            found := cur;
            exit when n >= p_levels;
        end if;
    end loop;
    return found;
end
$$;
revoke all on function private.approval_superior(bigint, integer) from public;

-- Everyone a step names for this requester, before the guard: the superior, the holders of a
-- position in a unit (no unit: the requester's unit, else the nearest unit above holding it), or
-- the named people; active employees only.
create or replace function private.approval_step_people(s sales.approval_rule_steps, p_requester bigint)
    returns bigint[]
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    unit bigint;
    found bigint[];
begin
    if s.approver = 'superior' then
        return array_remove(array[private.approval_superior(p_requester, s.levels)], null);
    elsif s.approver = 'people' then
        return array(select e.id from sales.employees e where e.id = any (s.employee_ids) and e.active order by e.id);
    end if;
    if s.unit_id is not null then
        return array(select e.id from sales.employees e
                     where e.position_id = s.position_id and e.unit_id = s.unit_id and e.active order by e.id);
    end if;
    select e.unit_id into unit from sales.employees e where e.id = p_requester;
    for i in 1..100 loop
        exit when unit is null;
        found := array(select e.id from sales.employees e
                       where e.position_id = s.position_id and e.unit_id = unit and e.active order by e.id);
        if cardinality(found) > 0 then
            return found;
        end if;
        select u.parent_id into unit from sales.org_units u where u.id = unit;
    end loop;
    return '{}';
end
$$;
revoke all on function private.approval_step_people(sales.approval_rule_steps, bigint) from public;

-- The first active rule of the type, by priority, whose every condition holds (null = any).
create or replace function private.approval_rule_for(p_type text, p_amount numeric, p_discount numeric,
                                                     p_unit_id bigint, p_category_id bigint) returns bigint
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with recursive cats (id) as (   -- the category and every category above it
        select p_category_id where p_category_id is not null
        union
        select c.parent_id from cats join sales.product_categories c on c.id = cats.id where c.parent_id is not null
    )
    select r.id from sales.approval_rules r
    where r.type = p_type and r.active
      and (r.min_amount is null or p_amount >= r.min_amount)
      and (r.min_discount is null or p_discount >= r.min_discount)
      and (r.unit_id is null or p_unit_id = any (private.unit_subtree(r.unit_id)))
      and (r.category_id is null or r.category_id in (select id from cats))
      and exists (select 1 from sales.approval_rule_steps s where s.rule_id = r.id)
    order by r.priority, r.id
    limit 1
$$;
revoke all on function private.approval_rule_for(text, numeric, numeric, bigint, bigint) from public;

-- ---------------------------------------------------------------------------
-- 6. Submitting (called by a kind's own API function), deciding, withdrawing, commenting
-- ---------------------------------------------------------------------------
create or replace function private.approval_event(p_request sales.approval_requests, p_step integer,
                                                  p_action text, p_comment text) returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    insert into sales.approval_events (request_id, round, step_no, actor_id, action, comment)
    values (p_request.id, p_request.round, p_step, private.current_employee_id(), p_action,
            nullif(btrim(p_comment), ''));
    update sales.approval_requests set last_event_at = clock_timestamp() where id = p_request.id;
$$;
revoke all on function private.approval_event(sales.approval_requests, integer, text, text) from public;

-- Opens a step of the request's current round: its approvers wait (the change feed rings for them).
create or replace function private.approval_open_step(p_request_id bigint, p_round integer, p_step integer)
    returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.approval_approvers set waiting = true, reached_at = clock_timestamp()
    where request_id = p_request_id and round = p_round and step_no = p_step;
    update sales.approval_requests set step_no = p_step where id = p_request_id;
$$;
revoke all on function private.approval_open_step(bigint, integer, integer) from public;

-- Submits the record for approval as the caller; null when no rule applies (no approval needed).
-- Run by a kind's API function (as salesdesk_api): the caller must be able to write the record.
-- A rejected, withdrawn or approved request is submitted again as a new round (the trail kept).
create or replace function private.request_approval(p_type text, p_record_id bigint, p_amount numeric default null,
                                                    p_discount numeric default null, p_category_id bigint default null,
                                                    p_summary text default '')
    returns bigint
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    t private.approval_types := private.approval_type(p_type);
begin
    perform private.writable_checked(t.kind, p_record_id, null);
    return private.open_approval(t.type, p_record_id, p_amount, p_discount, p_category_id, p_summary);
end
$$;
revoke all on function private.request_approval(text, bigint, numeric, numeric, bigint, text) from public;
grant execute on function private.request_approval(text, bigint, numeric, numeric, bigint, text) to salesdesk_api;

create or replace function private.approval_type(p_type text) returns private.approval_types
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    t private.approval_types;
begin
    select * into t from private.approval_types where type = p_type;
    if t.kind is null then
        raise exception 'approval type % is not declared', p_type using errcode = 'SD005';
    end if;
    return t;
end
$$;
revoke all on function private.approval_type(text) from public;
grant execute on function private.approval_type(text) to salesdesk_api;

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
    where id = private.approval_rule_for(p_type, p_amount, p_discount, unit, p_category_id);
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

-- The request's final state: every waiting approver released, the event, the kind's hook.
create or replace function private.approval_close(p_request sales.approval_requests, p_state text)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    update sales.approval_approvers set waiting = false
    where request_id = p_request.id and round = p_request.round and waiting;
    update sales.approval_requests set state = p_state, step_no = null, decided_at = clock_timestamp()
    where id = p_request.id;
    execute format('select %s($1, $2, $3)',
                   (select t.on_decided::regproc from private.approval_types t where t.type = p_request.type))
        using p_request.id, p_request.record_id, p_state;
end
$$;
revoke all on function private.approval_close(sales.approval_requests, text) from public;

-- The request locked for the decision: two approvers of one step decide one after the other.
-- (The API checks first that the caller sees it, private.approval_seen.)
create or replace function private.approval_locked(p_request_id bigint) returns sales.approval_requests
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from sales.approval_requests where id = p_request_id for update
$$;
revoke all on function private.approval_locked(bigint) from public;

-- Raises "not found" unless the caller sees the request: read under RLS, run as the API role
-- (hidden and missing answer alike).
create or replace function private.approval_seen(p_request_id bigint) returns void
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
begin
    if not exists (select 1 from sales.approval_requests r where r.id = p_request_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
end
$$;
revoke all on function private.approval_seen(bigint) from public;
grant execute on function private.approval_seen(bigint) to salesdesk_api;

create or replace function private.approval_decide(p_request_id bigint, p_approve boolean, p_comment text)
    returns text
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    req sales.approval_requests;
    mine sales.approval_approvers;
begin
    if p_approve is null then
        raise exception 'approve or reject' using errcode = 'SD005';
    end if;
    req := private.approval_locked(p_request_id);
    select * into mine from sales.approval_approvers a
    where a.request_id = req.id and a.round = req.round and a.step_no = req.step_no and a.employee_id = me
      and a.waiting and req.state = 'pending';
    if mine.id is null then
        raise exception 'this request is not waiting on you' using errcode = 'SDA01';
    end if;
    -- the guard, again at the decision: the org may have changed since the submit
    if not private.stands_above(me, req.requester_id) then
        raise exception 'an approver must stand above the requester' using errcode = 'SDA02';
    end if;
    if not p_approve and coalesce(btrim(p_comment), '') = '' then
        raise exception 'a rejection needs a comment' using errcode = 'SDA03';
    end if;
    update sales.approval_approvers set decision = case when p_approve then 'approved' else 'rejected' end,
                                        decided_at = clock_timestamp(), waiting = false
    where id = mine.id;
    perform private.approval_event(req, req.step_no, case when p_approve then 'approved' else 'rejected' end,
                                   p_comment);
    if not p_approve then
        perform private.approval_close(req, 'rejected');
        return 'rejected';
    end if;
    if mine.mode = 'all' and exists (select 1 from sales.approval_approvers a
                                     where a.request_id = req.id and a.round = req.round
                                       and a.step_no = req.step_no and a.decision is null) then
        return 'pending';   -- 会签: the others of this step still decide
    end if;
    update sales.approval_approvers set waiting = false
    where request_id = req.id and round = req.round and step_no = req.step_no and waiting;
    if req.step_no < req.steps then
        perform private.approval_open_step(req.id, req.round, req.step_no + 1);
        return 'pending';
    end if;
    perform private.approval_close(req, 'approved');
    return 'approved';
end
$$;
revoke all on function private.approval_decide(bigint, boolean, text) from public;
grant execute on function private.approval_decide(bigint, boolean, text) to salesdesk_api;

create or replace function private.approval_withdraw(p_request_id bigint, p_comment text) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    req sales.approval_requests := private.approval_locked(p_request_id);
begin
    if req.requester_id <> me then
        raise exception 'only the requester withdraws a request' using errcode = '42501';
    end if;
    if req.state <> 'pending' then
        raise exception 'this request is already decided' using errcode = 'SDA04';
    end if;
    perform private.approval_event(req, req.step_no, 'withdrawn', p_comment);
    perform private.approval_close(req, 'withdrawn');
end
$$;
revoke all on function private.approval_withdraw(bigint, text) from public;
grant execute on function private.approval_withdraw(bigint, text) to salesdesk_api;

create or replace function private.approval_comment(p_request_id bigint, p_comment text) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    req sales.approval_requests := private.approval_locked(p_request_id);
begin
    if req.requester_id <> me and not exists (select 1 from sales.approval_approvers a
                                                where a.request_id = req.id and a.employee_id = me) then
        raise exception 'only the requester and the approvers comment on a request' using errcode = '42501';
    end if;
    if coalesce(btrim(p_comment), '') = '' then
        raise exception 'a comment needs some text' using errcode = 'SDA03';
    end if;
    perform private.approval_event(req, req.step_no, 'commented', p_comment);
end
$$;
revoke all on function private.approval_comment(bigint, text) from public;
grant execute on function private.approval_comment(bigint, text) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 7. The API: the request kind's rows, list and view; decisions; the inbox; the trail; the rules
-- ---------------------------------------------------------------------------
reset role;
call private.declare_api('approval_request', 'r',
    'r.id, r.type, r.record_kind, r.record_id, r.requester_id, e.name as requester_name, r.summary, r.note, '
    'r.amount, r.discount, r.state, r.round, r.step_no, r.steps, r.submitted_at, r.decided_at, r.last_event_at, '
    'r.version',
    'join sales.employees e on e.id = r.requester_id', 'r.submitted_at desc, r.id');

set local role salesdesk_api;

create or replace function api.approval_decide(p_approval_request_id bigint, p_approve boolean,
                                               p_comment text default null)
    returns text
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    perform private.approval_seen(p_approval_request_id);
    return private.approval_decide(p_approval_request_id, p_approve, p_comment);
end
$$;

create or replace function api.approval_withdraw(p_approval_request_id bigint, p_comment text default null) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    perform private.approval_seen(p_approval_request_id);
    perform private.approval_withdraw(p_approval_request_id, p_comment);
end
$$;

create or replace function api.approval_comment(p_approval_request_id bigint, p_comment text) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    perform private.approval_seen(p_approval_request_id);
    perform private.approval_comment(p_approval_request_id, p_comment);
end
$$;

-- What waits on me: the requests whose current step names me and that I have not decided, the
-- oldest first.
create or replace function api.approvals_inbox()
    returns table (id bigint, type text, record_kind text, record_id bigint, requester_id bigint,
                   requester_name text, summary text, note text, amount numeric, discount numeric,
                   round integer, step_no integer, steps integer, mode text, submitted_at timestamptz,
                   reached_at timestamptz, version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    return query
        select r.id, r.type, r.record_kind, r.record_id, r.requester_id, e.name, r.summary, r.note, r.amount,
               r.discount, r.round, r.step_no, r.steps, a.mode, r.submitted_at, a.reached_at, r.version
        from sales.approval_approvers a
        join sales.approval_requests r on r.id = a.request_id
        join sales.employees e on e.id = r.requester_id
        where a.employee_id = private.require_employee() and a.waiting
        order by a.reached_at, r.id
        limit 1000;
end
$$;

-- What I submitted, the latest first, with who it waits on now.
create or replace function api.my_approval_requests(p_state text default null)
    returns table (id bigint, type text, record_kind text, record_id bigint, summary text, note text,
                   amount numeric, discount numeric, state text, round integer, step_no integer, steps integer,
                   submitted_at timestamptz, decided_at timestamptz, waiting_on text, version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    return query
        select r.id, r.type, r.record_kind, r.record_id, r.summary, r.note, r.amount, r.discount, r.state,
               r.round, r.step_no, r.steps, r.submitted_at, r.decided_at,
               (select string_agg(e.name, '、' order by e.name_sort) from sales.approval_approvers a
                join sales.employees e on e.id = a.employee_id where a.request_id = r.id and a.waiting),
               r.version
        from sales.approval_requests r
        where r.requester_id = private.require_employee() and (p_state is null or r.state = p_state)
        order by r.submitted_at desc, r.id desc
        limit 1000;
end
$$;

-- The trail of a request, every round: the events, then (for the round in progress) the approvers
-- still to decide, 'waiting' on the current step and 'pending' after it. Hidden = missing = empty.
create or replace function api.approval_trail(p_approval_request_id bigint)
    returns table (round integer, step_no integer, action text, actor_id bigint, actor_name text, comment text,
                   at timestamptz, mode text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        select t.round, t.step_no, t.action, t.actor_id, e.name, t.comment, t.at, t.mode
        from (
            select v.round, v.step_no, v.action, v.actor_id, v.comment, v.at,
                   (select min(a.mode) from sales.approval_approvers a where a.request_id = v.request_id
                      and a.round = v.round and a.step_no = v.step_no) as mode, v.id as seq
            from sales.approval_events v where v.request_id = p_approval_request_id
            union all
            select a.round, a.step_no, case when a.waiting then 'waiting' else 'pending' end, a.employee_id,
                   null, null, a.mode, null
            from sales.approval_approvers a join sales.approval_requests r on r.id = a.request_id
            where a.request_id = p_approval_request_id and r.state = 'pending' and a.round = r.round
              and a.decision is null and a.step_no >= r.step_no
        ) t join sales.employees e on e.id = t.actor_id
        order by t.round, t.at nulls last, t.seq, t.step_no, e.name_sort;
end
$$;

-- The rules with their steps, for everyone (company policy); the request types.
create or replace function api.approval_rules()
    returns table (id bigint, type text, name text, priority integer, active boolean, min_amount numeric,
                   min_discount numeric, unit_id bigint, category_id bigint, steps jsonb, version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        select r.id, r.type, r.name, r.priority, r.active, r.min_amount, r.min_discount, r.unit_id, r.category_id,
               coalesce((select jsonb_agg(jsonb_strip_nulls(to_jsonb(s) - 'rule_id') order by s.step_no)
                         from sales.approval_rule_steps s where s.rule_id = r.id), '[]'),
               r.version
        from sales.approval_rules r
        order by r.type, r.priority, r.id;
end
$$;

-- Adds (p_id null) or changes a rule and replaces its steps, in one transaction
-- (maintain_approval_rules). p_rule: {type, name, priority, active, min_amount, min_discount,
-- unit_id, category_id, steps: [{approver, levels | position_id, unit_id | employee_ids, mode}]}.
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
                                              category_id)
            select x.type, x.name, coalesce(x.priority, 100), coalesce(x.active, true), x.min_amount,
                   x.min_discount, x.unit_id, x.category_id
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
                category_id = x.category_id
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

revoke all on function api.approval_decide(bigint, boolean, text), api.approval_withdraw(bigint, text),
    api.approval_comment(bigint, text), api.approvals_inbox(), api.my_approval_requests(text),
    api.approval_trail(bigint), api.approval_rules(), api.approval_rule_save(bigint, integer, jsonb) from public;
grant execute on function api.approval_decide(bigint, boolean, text), api.approval_withdraw(bigint, text),
    api.approval_comment(bigint, text), api.approvals_inbox(), api.my_approval_requests(text),
    api.approval_trail(bigint), api.approval_rules(), api.approval_rule_save(bigint, integer, jsonb)
    to salesdesk_user;
