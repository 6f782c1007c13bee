-- 0030 Sales expenses (销售费用, issue 13 §5) through the approval rules of sql/0023.
--
-- 1. An expense is an owned kind whose owner is the employee who spent it: superiors see their
--    subordinates' by the owner route. customer_id and opportunity_id are declared references (a
--    hidden customer or deal answers like a missing one); the deal must be the customer's.
-- 2. Categories are company data (sales.expense_categories: travel, entertainment, gifts, samples,
--    other with their Chinese and English names), kept by whoever maintains the picklists.
-- 3. Status draft → submitted → approved / rejected. api.expense_submit raises an 'expense'
--    approval request (the amount is the rule's condition); with no rule applying the expense is
--    approved at once. The hook sets approved / rejected, or draft again after a withdrawal.
--    Only draft and rejected expenses change (a trigger: submitted and approved ones are
--    read-only whatever writes them, except the hand-over on leave and archiving when decided).
-- 4. api.expense_costs: the approved total of a customer's or a deal's expenses I see.
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- Categories (data)
-- ---------------------------------------------------------------------------
create table if not exists sales.expense_categories (
    code       text primary key check (code ~ '^[a-z][a-z_]{1,30}$'),
    name       text not null unique check (btrim(name) <> '' and length(name) <= 50),
    name_en    text not null check (btrim(name_en) <> '' and length(name_en) <= 50),
    sort_order integer not null default 0,
    active     boolean not null default true,
    created_at timestamptz not null default now(),
    created_by bigint,
    updated_at timestamptz not null default now(),
    updated_by bigint,
    version    integer not null default 1
);
call private.protect_table('sales.expense_categories');
drop policy if exists "every employee reads the expense categories" on sales.expense_categories;
create policy "every employee reads the expense categories" on sales.expense_categories
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "maintain_picklists adds expense categories" on sales.expense_categories;
create policy "maintain_picklists adds expense categories" on sales.expense_categories
    for insert to salesdesk_api with check ((select private.has_permission('maintain_picklists')));
drop policy if exists "maintain_picklists changes expense categories" on sales.expense_categories;
create policy "maintain_picklists changes expense categories" on sales.expense_categories
    for update to salesdesk_api using ((select private.has_permission('maintain_picklists')))
    with check ((select private.has_permission('maintain_picklists')));
revoke all on sales.expense_categories from public, salesdesk_user, salesdesk_api;
grant select, insert (code, name, name_en, sort_order, active), update (name, name_en, sort_order, active)
    on sales.expense_categories to salesdesk_api;
insert into sales.expense_categories (code, name, name_en, sort_order) values
    ('travel', '差旅费', 'Travel', 10), ('entertainment', '业务招待费', 'Entertainment', 20),
    ('gifts', '礼品费', 'Gifts', 30), ('samples', '样品费', 'Samples', 40), ('other', '其他', 'Other', 90)
on conflict (code) do nothing;

-- ---------------------------------------------------------------------------
-- Expenses: the kind
-- ---------------------------------------------------------------------------
create table if not exists sales.expenses (
    id             bigint generated always as identity primary key,
    owner_id       bigint not null references sales.employees (id),
    spent_on       date not null default current_date,
    category       text not null references sales.expense_categories (code) check (length(category) <= 30),
    amount         numeric(14, 2) not null check (amount > 0),
    customer_id    bigint references sales.customers (id),
    opportunity_id bigint references sales.opportunities (id),
    note           text check (length(note) <= 2000),
    receipt_ref    text check (length(receipt_ref) <= 100),
    status         text not null default 'draft' check (status in ('draft', 'submitted', 'approved', 'rejected')),
    archived_at    timestamptz,
    created_at     timestamptz not null default now(),
    created_by     bigint,
    updated_at     timestamptz not null default now(),
    updated_by     bigint,
    version        integer not null default 1
);
create index if not exists expenses_owner_count_idx on sales.expenses (owner_id) include (id)
    where archived_at is null;
create index if not exists expenses_customer_spent_idx on sales.expenses (customer_id, spent_on, id)
    where customer_id is not null;
create index if not exists expenses_opportunity_spent_idx on sales.expenses (opportunity_id, spent_on, id)
    where opportunity_id is not null;

call private.declare_kind('expense', 'sales.expenses', 'expenses',
    p_owner_column => 'owner_id', p_archivable => true,
    p_writable => array['spent_on', 'category', 'amount', 'customer_id', 'opportunity_id', 'note', 'receipt_ref'],
    p_sorts => '{"spent_on": "spent_on", "amount": "amount", "updated_at": "updated_at", "status": "status"}',
    p_filters => array['status', 'category', 'customer_id', 'opportunity_id']);
call private.declare_search('expense', 'note', array['note', 'receipt_ref']);
call private.declare_reference('expense', 'customer_id', 'customer');
call private.declare_reference('expense', 'opportunity_id', 'opportunity');
call private.declare_handover('expense', 'manager');

reset role;
call private.declare_api('expense', 'e',
    'e.id, e.owner_id, o.name as owner_name, e.spent_on, e.category, c.name as category_name,
     c.name_en as category_name_en, e.amount, e.customer_id, k.name as customer_name, e.opportunity_id,
     d.title as opportunity_title, e.note, e.receipt_ref, e.status, e.created_at, e.updated_at,
     e.archived_at, e.version',
    'left join sales.employees o on o.id = e.owner_id
     join sales.expense_categories c on c.code = e.category
     left join sales.customers k on k.id = e.customer_id
     left join sales.opportunities d on d.id = e.opportunity_id',
    'e.spent_on desc, e.id desc', p_sort => 'spent_on', p_descending => true, p_get => true);
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- Expenses: their rules
-- ---------------------------------------------------------------------------
-- After check_reference_opportunity_id (triggers run by name): the deal is the customer's.
create or replace function private.expense_rules() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
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
$$;
revoke all on function private.expense_rules() from public;
drop trigger if exists expense_rules on sales.expenses;
create trigger expense_rules before insert or update on sales.expenses
    for each row execute function private.expense_rules();

-- The approval's hook (private.approval_close): the request's outcome becomes the expense's status.
create or replace function private.expense_decided(p_request_id bigint, p_record_id bigint, p_state text)
    returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.expenses
    set status = case p_state when 'withdrawn' then 'draft' else p_state end
    where id = p_record_id and status = 'submitted';
$$;
revoke all on function private.expense_decided(bigint, bigint, text) from public;
call private.declare_approval('expense', 'expense', 'private.expense_decided(bigint, bigint, text)');

-- The status step of a submit, as the owner (the API role writes no status).
create or replace function private.expense_submitted(p_id bigint, p_approved boolean) returns text
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.expenses set status = case when p_approved then 'approved' else 'submitted' end
    where id = p_id and status in ('draft', 'rejected')
    returning status;
$$;
revoke all on function private.expense_submitted(bigint, boolean) from public;
grant execute on function private.expense_submitted(bigint, boolean) to salesdesk_api;

reset role;
set local role salesdesk_api;

-- Submits my draft or rejected expense: an approval request when a rule applies (the amount is its
-- condition), else approved at once. Returns the new status.
create or replace function api.expense_submit(p_expense_id bigint, p_version integer) returns text
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    x sales.expenses;
    request bigint;
begin
    perform private.writable_checked('expense', p_expense_id, p_version);
    select * into x from sales.expenses e where e.id = p_expense_id for update;
    if x.owner_id <> private.current_employee_id() then
        raise exception 'only the employee who spent it submits an expense' using errcode = '42501';
    elsif x.status = 'submitted' then
        raise exception 'already waiting for approval' using errcode = 'SDA05';
    elsif x.status = 'approved' or x.archived_at is not null then
        raise exception 'read only' using errcode = 'SD003';
    end if;
    request := private.request_approval('expense', x.id, x.amount, null, null,
        concat_ws(' · ', (select c.name from sales.expense_categories c where c.code = x.category),
                  (select k.name from sales.customers k where k.id = x.customer_id), x.note));
    return private.expense_submitted(x.id, request is null);
end
$$;

-- Withdraws my expense's pending request: the expense is a draft again.
create or replace function api.expense_withdraw(p_expense_id bigint, p_comment text default null) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    request bigint;
begin
    perform private.writable_checked('expense', p_expense_id, null);
    select r.id into request from sales.approval_requests r
    where r.type = 'expense' and r.record_id = p_expense_id and r.state = 'pending';
    if request is null then
        raise exception 'this request is already decided' using errcode = 'SDA04';
    end if;
    perform private.approval_withdraw(request, p_comment);
end
$$;

-- The approved total of the expenses I see on a customer or a deal I see (hidden = missing).
-- (Each expense's own customer or deal: asked for both, the call is refused.)
create or replace function api.expense_costs(p_customer_id bigint default null, p_opportunity_id bigint default null)
    returns table (approved_total numeric, approved_count bigint, pending_total numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if p_customer_id is null and p_opportunity_id is null then
        return;   -- asked about nothing: nothing (every argument-free API read answers)
    elsif p_customer_id is not null and p_opportunity_id is not null then
        raise exception 'a customer or a deal, not both' using errcode = 'SD005';
    elsif (p_customer_id is not null and not exists (select 1 from sales.customers c where c.id = p_customer_id))
       or (p_opportunity_id is not null and not exists (select 1 from sales.opportunities o
                                                        where o.id = p_opportunity_id)) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query
        select coalesce(sum(x.amount) filter (where x.status = 'approved'), 0)::numeric(16, 2),
               count(*) filter (where x.status = 'approved'),
               coalesce(sum(x.amount) filter (where x.status = 'submitted'), 0)::numeric(16, 2)
        from sales.expenses x
        where x.archived_at is null
          and (x.customer_id = p_customer_id or x.opportunity_id = p_opportunity_id);
end
$$;

-- The expense categories (every employee), and one added or changed (maintain_picklists).
create or replace function api.expense_categories()
    returns table (code text, name text, name_en text, sort_order integer, active boolean, version integer)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select c.code, c.name, c.name_en, c.sort_order, c.active, c.version from sales.expense_categories c
    where private.require_employee() is not null
    order by c.sort_order, c.code
$$;

create or replace function api.expense_category_save(p_code text, p_name text, p_name_en text,
                                                     p_sort_order integer default 0, p_active boolean default true)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_permission('maintain_picklists');
    insert into sales.expense_categories (code, name, name_en, sort_order, active)
    values (p_code, btrim(p_name), btrim(p_name_en), coalesce(p_sort_order, 0), coalesce(p_active, true))
    on conflict (code) do update set name = excluded.name, name_en = excluded.name_en,
                                     sort_order = excluded.sort_order, active = excluded.active;
end
$$;

reset role;
revoke all on function api.expense_submit(bigint, integer), api.expense_withdraw(bigint, text),
    api.expense_costs(bigint, bigint), api.expense_categories(),
    api.expense_category_save(text, text, text, integer, boolean) from public;
grant execute on function api.expense_submit(bigint, integer), api.expense_withdraw(bigint, text),
    api.expense_costs(bigint, bigint), api.expense_categories(),
    api.expense_category_save(text, text, text, integer, boolean) to salesdesk_user;
