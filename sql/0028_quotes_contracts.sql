-- 0028 Contracts' behaviour (issue 13 §1, §2, §7) on the kinds 0027 declares (quotes are 0032's):
--
-- 1. Totals: the contract's amount, tax and total are the sums of its lines (0027 states the
--    rounding: per line, to the fen, half up), kept by a trigger on contract_lines.
-- 2. Status flow as API functions, each checking the state and the caller's write right:
--    draft/rejected --submit--> submitted --(approval)--> approved / rejected; submitted
--    --withdraw--> draft; approved --mark in effect--> in_effect --fulfil--> fulfilled; draft,
--    rejected, approved, in_effect --cancel--> cancelled. Submitting raises the 'contract' approval
--    (sql/0023) with the total, the largest line discount and the submitter's unit; no rule: approved
--    at once. Only a draft or rejected contract's fields and lines change (the guards below refuse
--    every API route: record_update, line create/update/delete).
-- 3. Number series HT-YYYY-NNNNNN, given at approval from a counter row per year locked in the same
--    transaction: unique, gap-free within a year under concurrent approvals, never reused (a
--    cancelled contract keeps its number). Nobody writes it but the approval.
-- 4. Amendments: an approved or in-effect contract changes only through one. It is a pending copy
--    (fields + lines as jsonb) edited by whoever may write the contract, submitted through the same
--    'contract' approval (a new round of the contract's request; the hook knows it by the submitted
--    amendment), and on approval replaces the contract's fields and lines in that transaction and
--    bumps amendment_no. Meanwhile the contract stays approved and its approved values count.
--    Every approved version is kept in sales.contract_versions (fields + lines, who, when).
--
-- Errors: SDC01 the contract is not editable in its state (detail: the status); SDC02 the action
-- does not apply to the state (detail: status, hint: action); SDC03 nothing to submit (no lines);
-- SDC04 no amendment open / one already open / it is not editable now.
set local role salesdesk_owner;

alter table sales.contracts add column if not exists amendment_no integer not null default 0;

-- ---------------------------------------------------------------------------
-- 1. Totals follow the lines
-- ---------------------------------------------------------------------------
create or replace function private.contract_totals(p_contract_id bigint) returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.contracts c
    set amount = t.amount, tax_amount = t.tax_amount, total_amount = t.amount + t.tax_amount
    from (select coalesce(sum(l.amount), 0) as amount, coalesce(sum(l.tax_amount), 0) as tax_amount
          from sales.contract_lines l where l.contract_id = p_contract_id) t
    where c.id = p_contract_id
      and (c.amount, c.tax_amount) is distinct from (t.amount, t.tax_amount);
$$;
revoke all on function private.contract_totals(bigint) from public;

create or replace function private.contract_lines_changed() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c bigint;
begin
    for c in select distinct x from unnest(array[case when tg_op <> 'INSERT' then old.contract_id end,
                                                 case when tg_op <> 'DELETE' then new.contract_id end]) x
             where x is not null loop
        perform private.contract_totals(c);
    end loop;
    return null;
end
$$;
drop trigger if exists totals_follow on sales.contract_lines;
create trigger totals_follow after insert or delete or update of quantity, unit_price, discount, tax_rate, contract_id
    on sales.contract_lines for each row execute function private.contract_lines_changed();

-- ---------------------------------------------------------------------------
-- 2. Only a draft or rejected contract changes (through the API; the approval's own functions,
--    run as the owner, apply amendments and move the status)
-- ---------------------------------------------------------------------------
create or replace function private.contract_editable(p_status text) returns boolean
    language sql immutable parallel safe set search_path = pg_catalog, pg_temp
return p_status in ('draft', 'rejected');

create or replace function private.contract_guard() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if current_user = 'salesdesk_api' and not private.contract_editable(old.status)
       and (new.customer_id, new.opportunity_id, new.title, new.signed_on, new.starts_on, new.ends_on, new.notes)
           is distinct from
           (old.customer_id, old.opportunity_id, old.title, old.signed_on, old.starts_on, old.ends_on, old.notes) then
        raise exception 'only a draft or rejected contract changes; an approved one through an amendment'
            using errcode = 'SDC01', detail = old.status;
    end if;
    return new;
end
$$;
drop trigger if exists editable_only_in_draft on sales.contracts;
create trigger editable_only_in_draft before update on sales.contracts
    for each row execute function private.contract_guard();

-- As the writer (invoker): locks the contract row, so a submit and a line change run one after
-- the other and the submitted totals are the lines'.
create or replace function private.contract_line_guard() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    st text;
begin
    if current_user = 'salesdesk_api' then
        select c.status into st from sales.contracts c
        where c.id = case when tg_op = 'DELETE' then old.contract_id else new.contract_id end
        for no key update;
        if st is not null and not private.contract_editable(st) then
            raise exception 'only a draft or rejected contract changes; an approved one through an amendment'
                using errcode = 'SDC01', detail = st;
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
drop trigger if exists editable_only_in_draft on sales.contract_lines;
create trigger editable_only_in_draft before insert or update or delete on sales.contract_lines
    for each row execute function private.contract_line_guard();

-- ---------------------------------------------------------------------------
-- 3. The number series
-- ---------------------------------------------------------------------------
create table if not exists private.contract_number_counters (
    year integer primary key check (year between 2000 and 2999),
    last integer not null check (last between 1 and 999999)
);
alter table private.contract_number_counters enable row level security;
alter table private.contract_number_counters force row level security;
revoke all on private.contract_number_counters from public, salesdesk_user, salesdesk_api;

-- The next number of the year (China time): the counter row stays locked until the approving
-- transaction ends, so a concurrent approval waits and takes the next one; a rollback gives
-- its number back (gap-free).
create or replace function private.contract_next_number() returns text
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    insert into private.contract_number_counters as n (year, last)
    values (extract(year from clock_timestamp() at time zone 'Asia/Shanghai')::integer, 1)
    on conflict (year) do update set last = n.last + 1
    returning 'HT-' || n.year || '-' || lpad(n.last::text, 6, '0');
$$;
revoke all on function private.contract_next_number() from public;

-- ---------------------------------------------------------------------------
-- 4. Versions and amendments
-- ---------------------------------------------------------------------------
create table if not exists sales.contract_versions (
    id            bigint generated always as identity primary key,
    contract_id   bigint not null references sales.contracts (id),
    amendment_no  integer not null,
    fields        jsonb not null,
    lines         jsonb not null,
    amount        numeric(14, 2) not null,
    tax_amount    numeric(14, 2) not null,
    total_amount  numeric(14, 2) not null,
    request_id    bigint references sales.approval_requests (id),
    approved_by   bigint references sales.employees (id),
    approved_at   timestamptz not null default clock_timestamp(),
    unique (contract_id, amendment_no)
);

create table if not exists sales.contract_amendments (
    id            bigint generated always as identity primary key,
    contract_id   bigint not null references sales.contracts (id),
    amendment_no  integer not null,
    status        text not null default 'draft'
                  check (status in ('draft', 'submitted', 'rejected', 'approved')),  -- discarded: deleted
    fields        jsonb not null,
    lines         jsonb not null,
    created_at    timestamptz not null default clock_timestamp(),
    created_by    bigint references sales.employees (id),
    updated_at    timestamptz not null default clock_timestamp(),
    updated_by    bigint references sales.employees (id),
    version       integer not null default 1,
    unique (contract_id, amendment_no)
);
create unique index if not exists contract_amendments_open_idx on sales.contract_amendments (contract_id)
    where status in ('draft', 'submitted', 'rejected');

-- Read with the contract (whoever sees the contract sees its versions and amendment); written only
-- by the definer functions below.
do $$
declare
    t text;
begin
    foreach t in array array['sales.contract_versions', 'sales.contract_amendments'] loop
        execute format('alter table %s enable row level security', t);
        execute format('alter table %s force row level security', t);
        execute format('revoke all on %s from public, salesdesk_user, salesdesk_api', t);
        execute format('grant select on %s to salesdesk_api', t);
        execute format('drop policy if exists "the API reads what belongs to a contract the caller sees" on %s', t);
        execute format('create policy "the API reads what belongs to a contract the caller sees" on %s '
                       'for select to salesdesk_api using '
                       '(exists (select 1 from sales.contracts c where c.id = contract_id))', t);
    end loop;
end
$$;
create index if not exists contract_versions_contract_idx on sales.contract_versions (contract_id, amendment_no);

-- The line amounts of 0027's generated columns, for lines held as jsonb (an amendment); a test
-- checks that both agree.
create or replace function private.contract_line_amounts(p_lines jsonb, out amount numeric, out tax_amount numeric,
                                                         out max_discount numeric)
    language sql immutable
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(sum(a), 0), coalesce(sum(round(a * x.tax_rate / 100, 2)), 0), max(x.discount)
    from jsonb_to_recordset(p_lines) x(quantity numeric(14, 3), unit_price numeric(14, 2),
                                       discount numeric(5, 2), tax_rate numeric(5, 2)),
         lateral (select round(x.quantity * x.unit_price * (1 - x.discount / 100), 2) as a) l
$$;
revoke all on function private.contract_line_amounts(jsonb) from public;

-- The contract's fields and lines as they are now (a version's or an amendment's content).
create or replace function private.contract_snapshot(p_contract_id bigint, out fields jsonb, out lines jsonb)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select jsonb_build_object('customer_id', c.customer_id, 'customer_name', cu.name,
                              'opportunity_id', c.opportunity_id, 'title', c.title, 'signed_on', c.signed_on,
                              'starts_on', c.starts_on, 'ends_on', c.ends_on, 'notes', c.notes),
           coalesce((select jsonb_agg(jsonb_build_object(
                         'product_id', l.product_id, 'product_code', p.code, 'product_name', p.name,
                         'unit', p.unit, 'quantity', l.quantity, 'unit_price', l.unit_price,
                         'discount', l.discount, 'tax_rate', l.tax_rate, 'notes', l.notes,
                         'amount', l.amount, 'tax_amount', l.tax_amount) order by l.id)
                     from sales.contract_lines l join sales.products p on p.id = l.product_id
                     where l.contract_id = c.id), '[]')
    from sales.contracts c join sales.customers cu on cu.id = c.customer_id
    where c.id = p_contract_id
$$;
revoke all on function private.contract_snapshot(bigint) from public;

-- ---------------------------------------------------------------------------
-- 5. Status changes (as the owner: status, number, approved_at are no API column)
-- ---------------------------------------------------------------------------
create or replace function private.contract_locked(p_contract_id bigint) returns sales.contracts
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from sales.contracts where id = p_contract_id for update
$$;
revoke all on function private.contract_locked(bigint) from public;
grant execute on function private.contract_locked(bigint) to salesdesk_api;

create or replace function private.contract_wrong_state(c sales.contracts, p_action text) returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    raise exception 'a % contract cannot be %', c.status, p_action using errcode = 'SDC02', detail = c.status,
        hint = p_action;
end
$$;
revoke all on function private.contract_wrong_state(sales.contracts, text) from public;
grant execute on function private.contract_wrong_state(sales.contracts, text) to salesdesk_api;

create or replace function private.contract_set_status(p_contract_id bigint, p_status text) returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.contracts set status = p_status where id = p_contract_id;
    -- a cancelled contract's open amendment goes with it
    delete from sales.contract_amendments
    where contract_id = p_contract_id and p_status = 'cancelled' and status in ('draft', 'rejected');
$$;
revoke all on function private.contract_set_status(bigint, text) from public;
grant execute on function private.contract_set_status(bigint, text) to salesdesk_api;

-- Approved: the number (first approval only), the time, the version kept.
create or replace function private.contract_approve(p_contract_id bigint, p_request_id bigint) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts;
    snap record;
begin
    update sales.contracts set status = 'approved', approved_at = clock_timestamp(),
                               number = coalesce(number, private.contract_next_number())
    where id = p_contract_id
    returning * into c;
    snap := private.contract_snapshot(c.id);
    insert into sales.contract_versions (contract_id, amendment_no, fields, lines, amount, tax_amount, total_amount,
                                         request_id, approved_by)
    values (c.id, c.amendment_no, snap.fields, snap.lines, c.amount, c.tax_amount, c.total_amount, p_request_id,
            private.current_employee_id());
end
$$;
revoke all on function private.contract_approve(bigint, bigint) from public;
grant execute on function private.contract_approve(bigint, bigint) to salesdesk_api;

-- An approved amendment replaces the contract's fields and lines; the contract keeps its status.
create or replace function private.contract_amendment_apply(p_contract_id bigint, p_request_id bigint)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    a sales.contract_amendments;
    c sales.contracts;
    snap record;
begin
    select * into a from sales.contract_amendments
    where contract_id = p_contract_id and status = 'submitted' for update;
    update sales.contracts x set
        customer_id = f.customer_id, opportunity_id = f.opportunity_id, title = f.title, signed_on = f.signed_on,
        starts_on = f.starts_on, ends_on = f.ends_on, notes = f.notes, amendment_no = a.amendment_no
    from jsonb_populate_record(null::sales.contracts, a.fields) f
    where x.id = p_contract_id;
    delete from sales.contract_lines where contract_id = p_contract_id;
    insert into sales.contract_lines (contract_id, product_id, quantity, unit_price, discount, tax_rate, notes)
    select p_contract_id, l.product_id, l.quantity, l.unit_price, coalesce(l.discount, 0), coalesce(l.tax_rate, 13),
           l.notes
    from jsonb_array_elements(a.lines) with ordinality e(v, n),
         jsonb_populate_record(null::sales.contract_lines, e.v) l
    order by e.n;
    update sales.contract_amendments set status = 'approved', updated_at = clock_timestamp(),
                                         updated_by = private.current_employee_id()
    where id = a.id;
    select * into c from sales.contracts where id = p_contract_id;
    snap := private.contract_snapshot(c.id);
    insert into sales.contract_versions (contract_id, amendment_no, fields, lines, amount, tax_amount, total_amount,
                                         request_id, approved_by)
    values (c.id, c.amendment_no, snap.fields, snap.lines, c.amount, c.tax_amount, c.total_amount, p_request_id,
            private.current_employee_id());
end
$$;
revoke all on function private.contract_amendment_apply(bigint, bigint) from public;
grant execute on function private.contract_amendment_apply(bigint, bigint) to salesdesk_api;

create or replace function private.contract_amendment_set(p_contract_id bigint, p_from text[], p_status text,
                                                          p_fields jsonb default null, p_lines jsonb default null)
    returns integer
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.contract_amendments set status = p_status, fields = coalesce(p_fields, fields),
        lines = coalesce(p_lines, lines), updated_at = clock_timestamp(), updated_by = private.current_employee_id(),
        version = version + 1
    where contract_id = p_contract_id and status = any (p_from)
    returning version
$$;
revoke all on function private.contract_amendment_set(bigint, text[], text, jsonb, jsonb) from public;
grant execute on function private.contract_amendment_set(bigint, text[], text, jsonb, jsonb) to salesdesk_api;

create or replace function private.contract_amendment_open(p_contract_id bigint) returns bigint
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    insert into sales.contract_amendments (contract_id, amendment_no, fields, lines, created_by, updated_by)
    select c.id, c.amendment_no + 1, s.fields, s.lines, private.current_employee_id(), private.current_employee_id()
    from sales.contracts c, private.contract_snapshot(c.id) s
    where c.id = p_contract_id
    returning id
$$;
revoke all on function private.contract_amendment_open(bigint) from public;
grant execute on function private.contract_amendment_open(bigint) to salesdesk_api;

-- Checks an amendment's content as its writer: only the contract's writable fields and the lines'
-- fields, the customer and the deal visible to the caller (hidden = missing: P0002), every product
-- known, the values within the columns' rules. Returns the content with names filled in.
create or replace function private.contract_amendment_checked(p_fields jsonb, p_lines jsonb, out fields jsonb,
                                                              out lines jsonb)
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    f sales.contracts;
    bad boolean;
begin
    if jsonb_typeof(p_fields) is distinct from 'object' or jsonb_typeof(p_lines) is distinct from 'array'
       or exists (select 1 from jsonb_object_keys(p_fields) k
                  where k not in ('customer_id', 'customer_name', 'opportunity_id', 'title', 'signed_on', 'starts_on',
                                  'ends_on', 'notes'))
       or exists (select 1 from jsonb_array_elements(p_lines) e(v), jsonb_object_keys(e.v) k
                  where k not in ('product_id', 'product_code', 'product_name', 'unit', 'quantity', 'unit_price',
                                  'discount', 'tax_rate', 'notes', 'amount', 'tax_amount')) then
        raise exception 'an amendment holds the contract''s fields and lines' using errcode = 'SD005';
    end if;
    begin
        f := jsonb_populate_record(null::sales.contracts, p_fields);
        select bool_or(l.product_id is null or l.quantity is null or l.quantity <= 0 or l.unit_price is null
                       or l.unit_price < 0 or coalesce(l.discount, 0) not between 0 and 100
                       or coalesce(l.tax_rate, 13) not between 0 and 100 or length(l.notes) > 500
                       or not exists (select 1 from sales.products p where p.id = l.product_id))
        into bad
        from jsonb_array_elements(p_lines) e(v), jsonb_populate_record(null::sales.contract_lines, e.v) l;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    if coalesce(bad, false) or f.title is null or btrim(f.title) <> f.title or f.title = '' or length(f.title) > 200
       or f.ends_on < f.starts_on or length(f.notes) > 4000 then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end if;
    if jsonb_array_length(p_lines) = 0 then
        raise exception 'a contract needs at least one line' using errcode = 'SDC03';
    end if;
    if not exists (select 1 from sales.customers cu where cu.id = f.customer_id)
       or f.opportunity_id is not null and not exists (select 1 from sales.opportunities o where o.id = f.opportunity_id) then
        raise exception 'referenced record not found' using errcode = 'P0002';
    end if;
    fields := p_fields || jsonb_build_object('customer_name', (select cu.name from sales.customers cu
                                                               where cu.id = f.customer_id));
    lines := coalesce((select jsonb_agg(e.v || jsonb_build_object(
                                  'product_code', p.code, 'product_name', p.name, 'unit', p.unit,
                                  'discount', coalesce(l.discount, 0), 'tax_rate', coalesce(l.tax_rate, 13),
                                  'amount', a.amount, 'tax_amount', a.tax_amount) order by e.n)
                       from jsonb_array_elements(p_lines) with ordinality e(v, n),
                            jsonb_populate_record(null::sales.contract_lines, e.v) l,
                            private.contract_line_amounts(jsonb_build_array(e.v || jsonb_build_object(
                                'discount', coalesce(l.discount, 0), 'tax_rate', coalesce(l.tax_rate, 13)))) a,
                            sales.products p
                       where p.id = l.product_id), '[]');
end
$$;
revoke all on function private.contract_amendment_checked(jsonb, jsonb) from public;
grant execute on function private.contract_amendment_checked(jsonb, jsonb) to salesdesk_api;

create or replace function private.contract_amendment_discard(p_contract_id bigint) returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    delete from sales.contract_amendments where contract_id = p_contract_id and status in ('draft', 'rejected');
$$;
revoke all on function private.contract_amendment_discard(bigint) from public;
grant execute on function private.contract_amendment_discard(bigint) to salesdesk_api;

-- The approvals' hook: the contract's request decided. A submitted amendment is what was decided
-- when there is one; else the contract's own submission.
create or replace function private.contract_decided(p_request_id bigint, p_record_id bigint, p_state text)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts := private.contract_locked(p_record_id);
begin
    if exists (select 1 from sales.contract_amendments a where a.contract_id = c.id and a.status = 'submitted') then
        if p_state = 'approved' then
            perform private.contract_amendment_apply(c.id, p_request_id);
        else
            perform private.contract_amendment_set(c.id, '{submitted}',
                                                   case p_state when 'rejected' then 'rejected' else 'draft' end);
        end if;
    elsif c.status = 'submitted' then
        if p_state = 'approved' then
            perform private.contract_approve(c.id, p_request_id);
        else
            perform private.contract_set_status(c.id, case p_state when 'rejected' then 'rejected' else 'draft' end);
        end if;
    end if;
end
$$;
revoke all on function private.contract_decided(bigint, bigint, text) from public;
call private.declare_approval('contract', 'contract', 'private.contract_decided(bigint, bigint, text)');

-- The contract's approval request (null: none yet).
create or replace function private.contract_request(p_contract_id bigint) returns sales.approval_requests
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from sales.approval_requests where type = 'contract' and record_id = p_contract_id
$$;
revoke all on function private.contract_request(bigint) from public;
grant execute on function private.contract_request(bigint) to salesdesk_api;

revoke all on function private.contract_editable(text) from public;
grant execute on function private.contract_editable(text) to salesdesk_api;
grant execute on function private.contract_line_amounts(jsonb) to salesdesk_api;

reset role;

-- ---------------------------------------------------------------------------
-- 6. The API (as salesdesk_api: RLS applies; the caller is session_user)
-- ---------------------------------------------------------------------------
set local role salesdesk_api;


-- Submits a draft or rejected contract; answers its new status ('submitted', or 'approved' when no
-- rule applies).
create or replace function api.contract_submit(p_contract_id bigint, p_version integer default null) returns text
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts;
    req bigint;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, p_version);
    c := private.contract_locked(p_contract_id);
    if not private.contract_editable(c.status) then
        perform private.contract_wrong_state(c, 'submitted');
    end if;
    if not exists (select 1 from sales.contract_lines l where l.contract_id = c.id) then
        raise exception 'a contract needs at least one line' using errcode = 'SDC03';
    end if;
    perform private.contract_set_status(c.id, 'submitted');
    req := private.request_approval('contract', c.id, c.total_amount,
                                    (select max(l.discount) from sales.contract_lines l where l.contract_id = c.id),
                                    null, c.title);
    if req is null then
        perform private.contract_approve(c.id, null);
        return 'approved';
    end if;
    return 'submitted';
end
$$;

-- Takes a submitted contract back to draft (only the submitter: the approvals' withdraw).
create or replace function api.contract_withdraw(p_contract_id bigint, p_comment text default null) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    c := private.contract_locked(p_contract_id);
    if c.status <> 'submitted' then
        perform private.contract_wrong_state(c, 'withdrawn');
    end if;
    perform private.approval_withdraw((private.contract_request(c.id)).id, p_comment);
end
$$;

-- approved -> in_effect -> fulfilled; anything not submitted, fulfilled or cancelled -> cancelled.
create or replace function api.contract_move(p_contract_id bigint, p_action text, p_version integer default null)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts;
    target text := case p_action when 'in_effect' then 'in_effect' when 'fulfil' then 'fulfilled'
                                 when 'cancel' then 'cancelled' end;
begin
    perform private.require_employee();
    if target is null then
        raise exception 'unknown action' using errcode = 'SD005';
    end if;
    perform private.writable_checked('contract', p_contract_id, p_version);
    c := private.contract_locked(p_contract_id);
    if p_action = 'in_effect' and c.status <> 'approved'
       or p_action = 'fulfil' and c.status <> 'in_effect'
       or p_action = 'cancel' and c.status not in ('draft', 'rejected', 'approved', 'in_effect') then
        perform private.contract_wrong_state(c, target);
    end if;
    if p_action <> 'in_effect' and exists (select 1 from sales.contract_amendments a
                                           where a.contract_id = c.id and a.status = 'submitted') then
        raise exception 'an amendment is waiting for approval' using errcode = 'SDC04', detail = 'submitted';
    end if;
    perform private.contract_set_status(c.id, target);
end
$$;

create or replace function api.contract_mark_in_effect(p_contract_id bigint, p_version integer default null)
    returns void language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$ begin perform api.contract_move(p_contract_id, 'in_effect', p_version); end $$;
create or replace function api.contract_fulfil(p_contract_id bigint, p_version integer default null)
    returns void language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$ begin perform api.contract_move(p_contract_id, 'fulfil', p_version); end $$;
create or replace function api.contract_cancel(p_contract_id bigint, p_version integer default null)
    returns void language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$ begin perform api.contract_move(p_contract_id, 'cancel', p_version); end $$;

-- Opens an amendment of an approved or in-effect contract: a copy of its fields and lines.
create or replace function api.contract_amend(p_contract_id bigint) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    c := private.contract_locked(p_contract_id);
    if c.status not in ('approved', 'in_effect') then
        perform private.contract_wrong_state(c, 'amended');
    end if;
    if exists (select 1 from sales.contract_amendments a where a.contract_id = c.id
               and a.status in ('draft', 'submitted', 'rejected')) then
        raise exception 'an amendment is already open' using errcode = 'SDC04', detail = 'open';
    end if;
    return private.contract_amendment_open(c.id);
end
$$;

-- Saves the open amendment's content (draft or rejected); answers its new version.
create or replace function api.contract_amendment_save(p_contract_id bigint, p_version integer, p_fields jsonb,
                                                       p_lines jsonb) returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    checked record;
    v integer;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    perform private.contract_locked(p_contract_id);
    checked := private.contract_amendment_checked(p_fields, p_lines);
    select a.version into v from sales.contract_amendments a
    where a.contract_id = p_contract_id and a.status in ('draft', 'rejected');
    if v is null then
        raise exception 'no amendment to change' using errcode = 'SDC04', detail = 'none';
    elsif p_version is not null and v <> p_version then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    return private.contract_amendment_set(p_contract_id, '{draft,rejected}', 'draft', checked.fields, checked.lines);
end
$$;

-- Submits the open amendment through the contract's approval; answers 'submitted', or 'approved'
-- (applied at once) when no rule applies.
create or replace function api.contract_amendment_submit(p_contract_id bigint) returns text
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c sales.contracts;
    a sales.contract_amendments;
    checked record;
    totals record;
    req bigint;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    c := private.contract_locked(p_contract_id);
    select * into a from sales.contract_amendments x
    where x.contract_id = c.id and x.status in ('draft', 'rejected');
    if a.id is null then
        raise exception 'no amendment to submit' using errcode = 'SDC04', detail = 'none';
    end if;
    if c.status not in ('approved', 'in_effect') then
        perform private.contract_wrong_state(c, 'amended');
    end if;
    checked := private.contract_amendment_checked(a.fields, a.lines);   -- again: what the submitter sees now
    totals := private.contract_line_amounts(checked.lines);
    perform private.contract_amendment_set(c.id, '{draft,rejected}', 'submitted', checked.fields, checked.lines);
    req := private.request_approval('contract', c.id, totals.amount + totals.tax_amount, totals.max_discount, null,
                                    format('%s (%s)', checked.fields ->> 'title', a.amendment_no));
    if req is null then
        perform private.contract_amendment_apply(c.id, null);
        return 'approved';
    end if;
    return 'submitted';
end
$$;

-- Takes a submitted amendment back to draft (the submitter), or discards a draft/rejected one.
create or replace function api.contract_amendment_withdraw(p_contract_id bigint, p_discard boolean default false)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    st text;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    perform private.contract_locked(p_contract_id);
    select a.status into st from sales.contract_amendments a
    where a.contract_id = p_contract_id and a.status in ('draft', 'submitted', 'rejected');
    if st is null or p_discard = (st = 'submitted') then
        raise exception 'no amendment to take back' using errcode = 'SDC04', detail = coalesce(st, 'none');
    end if;
    if st = 'submitted' then
        perform private.approval_withdraw((private.contract_request(p_contract_id)).id, null);
    else
        perform private.contract_amendment_discard(p_contract_id);
    end if;
end
$$;

-- Where the contract stands: status, number, amendment number, its request, the open amendment
-- (content and totals computed by the database). Hidden = missing: no row.
create or replace function api.contract_flow(p_contract_id bigint)
    returns table (id bigint, status text, number text, amendment_no integer, approved_at timestamptz,
                   request_id bigint, request_state text, amendment_status text, amendment_no_open integer,
                   amendment_version integer, amendment_fields jsonb, amendment_lines jsonb,
                   amendment_amount numeric, amendment_tax_amount numeric, amendment_total_amount numeric,
                   can_edit boolean)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        select c.id, c.status, c.number, c.amendment_no, c.approved_at, r.id, r.state, a.status, a.amendment_no,
               a.version, a.fields, a.lines, t.amount, t.tax_amount, t.amount + t.tax_amount,
               (private.record_rights('contract', c.id)).can_edit
        from sales.contracts c
        left join lateral (select (private.contract_request(c.id)).*) r on true
        left join sales.contract_amendments a on a.contract_id = c.id and a.status in ('draft', 'submitted', 'rejected')
        left join lateral private.contract_line_amounts(a.lines) t on a.id is not null
        where c.id = p_contract_id;
end
$$;

-- Every approved version of a contract, the newest first (who approved it, when).
create or replace function api.contract_versions(p_contract_id bigint)
    returns table (amendment_no integer, fields jsonb, lines jsonb, amount numeric, tax_amount numeric,
                   total_amount numeric, request_id bigint, approved_by bigint, approved_by_name text,
                   approved_at timestamptz)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        select v.amendment_no, v.fields, v.lines, v.amount, v.tax_amount, v.total_amount, v.request_id,
               v.approved_by, e.name, v.approved_at
        from sales.contract_versions v left join sales.employees e on e.id = v.approved_by
        where v.contract_id = p_contract_id
        order by v.amendment_no desc;
end
$$;

reset role;

revoke all on function api.contract_submit(bigint, integer), api.contract_withdraw(bigint, text),
    api.contract_move(bigint, text, integer), api.contract_mark_in_effect(bigint, integer),
    api.contract_fulfil(bigint, integer), api.contract_cancel(bigint, integer), api.contract_amend(bigint),
    api.contract_amendment_save(bigint, integer, jsonb, jsonb), api.contract_amendment_submit(bigint),
    api.contract_amendment_withdraw(bigint, boolean), api.contract_flow(bigint), api.contract_versions(bigint)
    from public;
grant execute on function api.contract_submit(bigint, integer), api.contract_withdraw(bigint, text),
    api.contract_move(bigint, text, integer), api.contract_mark_in_effect(bigint, integer),
    api.contract_fulfil(bigint, integer), api.contract_cancel(bigint, integer), api.contract_amend(bigint),
    api.contract_amendment_save(bigint, integer, jsonb, jsonb), api.contract_amendment_submit(bigint),
    api.contract_amendment_withdraw(bigint, boolean), api.contract_flow(bigint), api.contract_versions(bigint)
    to salesdesk_user;
