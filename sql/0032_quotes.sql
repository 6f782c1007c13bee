-- 0032 Quotes (报价单): lines, versions, from a deal, a discount's approval, accepted into a contract.
--
-- 1. A quote belongs to its owner (superiors see it by the owner route, shares as deals); its
--    customer and deal are declared references. Its number is a per-year series BJ-YYYY-NNNNNN
--    (报价, private.next_quote_number), kept by every version: revising a sent (or declined)
--    quote copies it into the next revision (same number, revision + 1, previous_id the earlier
--    one), and the earlier one becomes 'revised': read-only, listed by api.quote_versions.
-- 2. Status: draft → sent → accepted / declined; sent → revised (a later version replaces it).
--    "Expired" is computed, never stored: a sent quote whose valid_until has passed reads as
--    'expired' in the API and cannot be accepted (it can be revised); the list's status filter
--    works on the stored status, so "sent" there includes the expired ones.
--    Only a draft changes (its fields and lines); a trigger refuses any other change (SDQ01).
-- 3. Lines: quantity × unit price less discount %, tax per line — the rule of contract lines
--    (0027): amount = round(q × p × (1 − d/100), 2), tax = round(amount × rate/100, 2), rounded to
--    the fen half away from zero (half up for these non-negative amounts), then summed. The
--    quote's amount, tax, total and largest discount follow its lines (derived, kept by trigger).
-- 4. A discount above the company's limit is an approval rule of type 'discount' (data; the
--    first matching rule by priority applies, its min_discount compared with >=): sending asks
--    for it (api.quote_send answers 'approval'), and the quote is sent only once it is approved.
--    A pending request freezes the lines; a decided one is forgotten when a line changes.
-- 5. api.quote_accept makes, in one transaction, a draft contract (owner, customer, deal and
--    title of the quote) with the quote's lines; the quote keeps its contract_id.
set local role salesdesk_owner;

create table if not exists private.quote_numbers (
    year integer primary key,
    last integer not null check (last >= 1)
);
alter table private.quote_numbers enable row level security;
alter table private.quote_numbers force row level security;

-- The next number of the year's series (a locked counter row: two quotes never share one).
create or replace function private.next_quote_number() returns text
    language sql volatile security definer
    set search_path = pg_catalog, pg_temp
as $$
    insert into private.quote_numbers as n (year, last)
    values (extract(year from current_date)::integer, 1)
    on conflict (year) do update set last = n.last + 1
    returning 'BJ-' || n.year || '-' || lpad(n.last::text, 6, '0')
$$;
revoke all on function private.next_quote_number() from public;
grant execute on function private.next_quote_number() to salesdesk_api;

create table if not exists sales.quotes (
    id             bigint generated always as identity primary key,
    owner_id       bigint not null references sales.employees (id),
    customer_id    bigint not null references sales.customers (id),
    opportunity_id bigint references sales.opportunities (id),
    number         text not null default private.next_quote_number() check (length(number) between 1 and 40),
    revision       integer not null default 1 check (revision between 1 and 999),
    previous_id    bigint unique references sales.quotes (id),
    title          text not null check (btrim(title) = title and title <> '' and length(title) <= 200),
    status         text not null default 'draft'
                   check (status in ('draft', 'sent', 'accepted', 'declined', 'revised')),
    valid_until    date,
    notes          text check (length(notes) <= 4000),
    amount         numeric(14, 2) not null default 0 check (amount >= 0),        -- before tax
    tax_amount     numeric(14, 2) not null default 0 check (tax_amount >= 0),
    total_amount   numeric(14, 2) not null default 0 check (total_amount = amount + tax_amount),
    max_discount   numeric(5, 2) not null default 0,
    approval       text check (approval in ('pending', 'approved', 'rejected')),  -- the discount's
    contract_id    bigint unique references sales.contracts (id),
    sent_at        timestamptz,
    decided_at     timestamptz,
    archived_at    timestamptz,
    created_at     timestamptz not null default now(),
    created_by     bigint,
    updated_at     timestamptz not null default now(),
    updated_by     bigint,
    version        integer not null default 1,
    unique (number, revision),
    check ((status = 'accepted') = (contract_id is not null))
);
create index if not exists quotes_owner_idx on sales.quotes (owner_id, updated_at, id);
create index if not exists quotes_customer_idx on sales.quotes (customer_id, id);
create index if not exists quotes_opportunity_idx on sales.quotes (opportunity_id, id)
    where opportunity_id is not null;
grant select on sales.quotes to salesdesk_api;

create table if not exists sales.quote_lines (
    id          bigint generated always as identity primary key,
    quote_id    bigint not null references sales.quotes (id),
    product_id  bigint not null references sales.products (id),
    quantity    numeric(14, 3) not null check (quantity > 0),
    unit_price  numeric(14, 2) not null check (unit_price >= 0),
    discount    numeric(5, 2) not null default 0 check (discount between 0 and 100),
    tax_rate    numeric(5, 2) not null default 13 check (tax_rate between 0 and 100),
    notes       text check (length(notes) <= 500),
    amount      numeric(14, 2) generated always as (round(quantity * unit_price * (1 - discount / 100), 2)) stored,
    tax_amount  numeric(14, 2) generated always as
                (round(round(quantity * unit_price * (1 - discount / 100), 2) * tax_rate / 100, 2)) stored,
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1
);
create index if not exists quote_lines_quote_idx on sales.quote_lines (quote_id, id);
create index if not exists quote_lines_product_idx on sales.quote_lines (product_id);
grant select on sales.quote_lines to salesdesk_api;

call private.declare_kind('quote', 'sales.quotes', 'quotes',
    p_owner_column => 'owner_id', p_shares => true, p_archivable => true,
    p_insertable => array['customer_id'],
    p_writable => array['customer_id', 'opportunity_id', 'title', 'valid_until', 'notes'],
    p_derived => array['amount', 'tax_amount', 'total_amount', 'max_discount', 'approval'],
    p_sorts => '{"number": "number", "valid_until": "valid_until", "total_amount": "total_amount",
                 "updated_at": "updated_at", "status": "status"}',
    p_filters => array['status', 'customer_id', 'opportunity_id']);
call private.declare_kind('quote_line', 'sales.quote_lines', 'quote_lines',
    p_parent_kind => 'quote', p_parent_column => 'quote_id', p_deletable => true,
    p_insertable => array['quote_id'],
    p_writable => array['product_id', 'quantity', 'unit_price', 'discount', 'tax_rate', 'notes'],
    p_sorts => '{"updated_at": "updated_at"}');
call private.declare_reference('quote', 'customer_id', 'customer');
call private.declare_reference('quote', 'opportunity_id', 'opportunity');
call private.declare_handover('quote', 'manager');
call private.declare_search('quote', 'title', array['title', 'number']);

-- Only a draft changes; the status moves only along its flow (whoever writes).
create or replace function private.quote_guard() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if old.status <> 'draft' and (new.customer_id, new.opportunity_id, new.title, new.valid_until, new.notes)
            is distinct from (old.customer_id, old.opportunity_id, old.title, old.valid_until, old.notes) then
        raise exception 'only a draft quote changes' using errcode = 'SDQ01';
    end if;
    if new.status <> old.status and (old.status, new.status) not in
            (('draft', 'sent'), ('sent', 'accepted'), ('sent', 'declined'), ('sent', 'revised'),
             ('declined', 'revised')) then
        raise exception 'a % quote cannot become %', old.status, new.status using errcode = 'SDQ01';
    end if;
    return new;
end
$$;
drop trigger if exists guard on sales.quotes;
create trigger guard before update on sales.quotes for each row execute function private.quote_guard();

-- A line changes only on a draft not waiting for its discount's approval. As the writer: the
-- line's own policy (its quote's) decides whether they may write it at all.
create or replace function private.quote_line_guard() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    q record;
begin
    for q in select s.status, s.approval from sales.quotes s
             where s.id in (case when tg_op <> 'INSERT' then old.quote_id end,
                            case when tg_op <> 'DELETE' then new.quote_id end) loop
        if q.status <> 'draft' then
            raise exception 'only a draft quote changes' using errcode = 'SDQ01';
        elsif q.approval = 'pending' then
            raise exception 'the quote is waiting for its discount''s approval' using errcode = 'SDQ02';
        end if;
    end loop;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
drop trigger if exists guard on sales.quote_lines;
create trigger guard before insert or update or delete on sales.quote_lines
    for each row execute function private.quote_line_guard();

-- Lines changed: the quote's totals and largest discount follow them, and an approval decided
-- for the earlier lines no longer holds. As the owner: the derived columns are nobody's to write.
create or replace function private.quote_lines_changed() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    quote bigint;
begin
    for quote in select distinct x from unnest(array[case when tg_op <> 'INSERT' then old.quote_id end,
                                                     case when tg_op <> 'DELETE' then new.quote_id end]) x
                 where x is not null loop
        update sales.quotes q
        set amount = t.amount, tax_amount = t.tax_amount, total_amount = t.amount + t.tax_amount,
            max_discount = t.max_discount, approval = null
        from (select coalesce(sum(l.amount), 0) as amount, coalesce(sum(l.tax_amount), 0) as tax_amount,
                     coalesce(max(l.discount), 0) as max_discount
              from sales.quote_lines l where l.quote_id = quote) t
        where q.id = quote;
    end loop;
    return null;
end
$$;
revoke all on function private.quote_lines_changed() from public;
drop trigger if exists totals_follow on sales.quote_lines;
create trigger totals_follow after insert or delete or update of quantity, unit_price, discount, tax_rate, quote_id
    on sales.quote_lines for each row execute function private.quote_lines_changed();

-- The discount's approval decided: the quote remembers it (a withdrawal forgets it).
create or replace function private.quote_discount_decided(p_request_id bigint, p_record_id bigint, p_state text)
    returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.quotes set approval = case p_state when 'withdrawn' then null else p_state end
    where id = p_record_id and status = 'draft'
$$;
revoke all on function private.quote_discount_decided(bigint, bigint, text) from public;
call private.declare_approval('discount', 'quote', 'private.quote_discount_decided(bigint, bigint, text)');

-- The status flow's own columns, written as the owner (the API role writes the declared columns
-- only): called by the api.quote_* functions once they have checked the caller and the status.
create or replace function private.quote_status(p_id bigint, p_status text, p_contract_id bigint default null)
    returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.quotes set
        status = p_status,
        sent_at = case when p_status = 'sent' then clock_timestamp() else sent_at end,
        decided_at = case when p_status in ('accepted', 'declined') then clock_timestamp() else decided_at end,
        contract_id = coalesce(p_contract_id, contract_id)
    where id = p_id
$$;
revoke all on function private.quote_status(bigint, text, bigint) from public;
grant execute on function private.quote_status(bigint, text, bigint) to salesdesk_api;

-- The discount's approval asked: the quote waits (its lines freeze) until the hook decides it.
create or replace function private.quote_approval_asked(p_id bigint) returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.quotes set approval = 'pending' where id = p_id and status = 'draft'
$$;
revoke all on function private.quote_approval_asked(bigint) from public;
grant execute on function private.quote_approval_asked(bigint) to salesdesk_api;

-- The next revision of a quote, as the owner (number, revision and previous_id are nobody's to
-- write): called by api.quote_revise once the caller is known to may write the quote.
create or replace function private.quote_copy(p_id bigint) returns bigint
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    insert into sales.quotes (owner_id, customer_id, opportunity_id, number, revision, previous_id, title,
                              valid_until, notes)
    select q.owner_id, q.customer_id, q.opportunity_id, q.number, q.revision + 1, q.id, q.title,
           greatest(q.valid_until, current_date), q.notes
    from sales.quotes q where q.id = p_id
    returning id
$$;
revoke all on function private.quote_copy(bigint) from public;
grant execute on function private.quote_copy(bigint) to salesdesk_api;

-- The quote locked, once the caller is known to may write it (hidden = missing: P0002). As the
-- caller (no definer): the API's functions call it, and RLS decides what it finds.
create or replace function private.quote_locked(p_id bigint, p_version integer) returns sales.quotes
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    q sales.quotes;
begin
    perform private.writable_checked('quote', p_id, p_version);
    select * into q from sales.quotes where id = p_id for update;
    return q;
end
$$;
revoke all on function private.quote_locked(bigint, integer) from public;
grant execute on function private.quote_locked(bigint, integer) to salesdesk_api;

reset role;

-- ---------------------------------------------------------------------------------------------
-- The API (as the migration's superuser: the functions it writes belong to salesdesk_api)
-- ---------------------------------------------------------------------------------------------
call private.declare_api('quote', 'q',
    'q.id, q.number, q.revision, q.title,
     case when q.status = ''sent'' and q.valid_until < current_date then ''expired'' else q.status end as status,
     q.customer_id, cu.name as customer_name, q.opportunity_id, o.title as opportunity_title, q.valid_until,
     q.amount, q.tax_amount, q.total_amount, q.max_discount, q.approval, q.contract_id, q.previous_id,
     q.notes, q.sent_at, q.decided_at, q.owner_id, e.name as owner_name, q.created_at, q.updated_at,
     q.archived_at, q.version',
    'left join sales.customers cu on cu.id = q.customer_id
     left join sales.opportunities o on o.id = q.opportunity_id
     left join sales.employees e on e.id = q.owner_id',
    'q.number, q.revision, q.id',
    p_list => array['id', 'number', 'revision', 'title', 'status', 'customer_id', 'customer_name',
                    'valid_until', 'total_amount', 'max_discount', 'approval', 'owner_id', 'owner_name',
                    'updated_at', 'archived_at', 'version'],
    p_sort => 'updated_at', p_descending => true, p_get => true);

set local role salesdesk_api;

-- A quote's lines, or (null) every line I see: the read view. The cost price (and the margin)
-- only for a position with see_cost: sales.product_costs' policy hides the row otherwise.
create or replace function api.quote_line_rows(p_quote_id bigint default null)
    returns table (id bigint, quote_id bigint, product_id bigint, product_code text, product_name text,
                   unit text, quantity numeric, unit_price numeric, discount numeric, tax_rate numeric,
                   amount numeric, tax_amount numeric, cost_price numeric, margin numeric, notes text,
                   version integer)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select l.id, l.quote_id, l.product_id, p.code, p.name, p.unit, l.quantity, l.unit_price, l.discount,
           l.tax_rate, l.amount, l.tax_amount, c.cost_price, l.amount - round(l.quantity * c.cost_price, 2),
           l.notes, l.version
    from (select l2.id from sales.quote_lines l2 where l2.quote_id = p_quote_id
          union all
          select l2.id from sales.quote_lines l2 where p_quote_id is null) x
        join sales.quote_lines l on l.id = x.id
        join sales.products p on p.id = l.product_id
        left join sales.product_costs c on c.product_id = l.product_id
    where private.require_employee() is not null
    order by l.quote_id, l.id
$$;
create or replace view api.quote_lines as select * from api.quote_line_rows();

-- Every version of a quote I see (the same number), the latest first.
create or replace function api.quote_versions(p_quote_id bigint)
    returns table (id bigint, number text, revision integer, status text, valid_until date,
                   total_amount numeric, max_discount numeric, sent_at timestamptz, decided_at timestamptz,
                   updated_at timestamptz)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select v.id, v.number, v.revision,
           case when v.status = 'sent' and v.valid_until < current_date then 'expired' else v.status end,
           v.valid_until, v.total_amount, v.max_discount, v.sent_at, v.decided_at, v.updated_at
    from sales.quotes q join sales.quotes v on v.number = q.number
    where q.id = p_quote_id and private.require_employee() is not null
    order by v.revision desc
$$;

-- A draft quote of mine from a deal I see: its customer, title and product lines (each at its
-- product's tax rate), valid for 30 days. Hidden and missing deals answer alike (P0002).
create or replace function api.quote_from_opportunity(p_opportunity_id bigint) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    o sales.opportunities;
    made bigint;
begin
    select * into o from sales.opportunities where id = p_opportunity_id and archived_at is null;
    if o.id is null then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    insert into sales.quotes (owner_id, customer_id, opportunity_id, title, valid_until)
    values (me, o.customer_id, o.id, o.title, current_date + 30)
    returning id into made;
    insert into sales.quote_lines (quote_id, product_id, quantity, unit_price, discount, tax_rate, notes)
    select made, l.product_id, l.quantity, l.unit_price, l.discount, p.tax_rate * 100, l.notes
    from sales.opportunity_lines l join sales.products p on p.id = l.product_id
    where l.opportunity_id = o.id
    order by l.id;
    return made;
end
$$;

-- Send a draft: 'sent', or 'approval' when its discount needs an approval first (asked now; the
-- quote stays a draft and its lines freeze until decided). Refused while the approval is pending
-- (SDQ02) or after a rejection (SDQ03: change the lines, which forgets the decision, and send
-- again), without lines (SDQ04), without a validity date today or later (SDQ05).
create or replace function api.quote_send(p_id bigint, p_version integer default null) returns text
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    q sales.quotes := private.quote_locked(p_id, p_version);
    summary text;
begin
    if q.status <> 'draft' then
        raise exception 'only a draft quote is sent' using errcode = 'SDQ01';
    elsif q.approval = 'pending' then
        raise exception 'the quote is waiting for its discount''s approval' using errcode = 'SDQ02';
    elsif q.approval = 'rejected' then
        raise exception 'the quote''s discount was rejected' using errcode = 'SDQ03';
    elsif not exists (select 1 from sales.quote_lines l where l.quote_id = q.id) then
        raise exception 'a quote without lines is not sent' using errcode = 'SDQ04';
    elsif q.valid_until is null or q.valid_until < current_date then
        raise exception 'the quote''s validity has passed' using errcode = 'SDQ05';
    end if;
    if q.approval is null then
        summary := q.number || ' v' || q.revision || ' · '
                   || (select c.name from sales.customers c where c.id = q.customer_id);
        if private.request_approval('discount', q.id, q.total_amount, q.max_discount, null, summary) is not null then
            perform private.quote_approval_asked(q.id);  -- the hook decides it
            return 'approval';
        end if;
    end if;
    perform private.quote_status(q.id, 'sent');
    return 'sent';
end
$$;

-- The customer declined a sent quote.
create or replace function api.quote_decline(p_id bigint, p_version integer default null) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    q sales.quotes := private.quote_locked(p_id, p_version);
begin
    if q.status <> 'sent' then
        raise exception 'only a sent quote is declined' using errcode = 'SDQ01';
    end if;
    perform private.quote_status(q.id, 'declined');
end
$$;

-- The next version of a sent (or expired, or declined) quote: a draft copy with its lines; the
-- earlier one becomes 'revised' and stays read-only. Returns the new version's id.
create or replace function api.quote_revise(p_id bigint, p_version integer default null) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    q sales.quotes := private.quote_locked(p_id, p_version);
    made bigint;
begin
    if q.status not in ('sent', 'declined') then
        raise exception 'only a sent or declined quote is revised' using errcode = 'SDQ01';
    end if;
    perform private.quote_status(q.id, 'revised');
    made := private.quote_copy(q.id);
    insert into sales.quote_lines (quote_id, product_id, quantity, unit_price, discount, tax_rate, notes)
    select made, l.product_id, l.quantity, l.unit_price, l.discount, l.tax_rate, l.notes
    from sales.quote_lines l where l.quote_id = q.id order by l.id;
    return made;
end
$$;

-- Accepted: in one transaction the quote is marked accepted and a draft contract is made for its
-- owner (same customer, deal and title) with its lines; the contract's id is kept on the quote
-- and returned. A sent quote only, within its validity (SDQ06 once expired).
create or replace function api.quote_accept(p_id bigint, p_version integer default null) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    q sales.quotes := private.quote_locked(p_id, p_version);
    made bigint;
begin
    if q.status <> 'sent' then
        raise exception 'only a sent quote is accepted' using errcode = 'SDQ01';
    elsif q.valid_until < current_date then
        raise exception 'the quote has expired' using errcode = 'SDQ06';
    end if;
    insert into sales.contracts (owner_id, customer_id, opportunity_id, title, notes)
    values (q.owner_id, q.customer_id, q.opportunity_id, q.title, q.notes)
    returning id into made;
    insert into sales.contract_lines (contract_id, product_id, quantity, unit_price, discount, tax_rate, notes)
    select made, l.product_id, l.quantity, l.unit_price, l.discount, l.tax_rate, l.notes
    from sales.quote_lines l where l.quote_id = q.id order by l.id;
    perform private.quote_status(q.id, 'accepted', made);
    return made;
end
$$;

reset role;
revoke all on function api.quote_line_rows(bigint), api.quote_versions(bigint), api.quote_from_opportunity(bigint),
    api.quote_send(bigint, integer), api.quote_decline(bigint, integer), api.quote_revise(bigint, integer),
    api.quote_accept(bigint, integer) from public;
grant execute on function api.quote_line_rows(bigint), api.quote_versions(bigint),
    api.quote_from_opportunity(bigint), api.quote_send(bigint, integer), api.quote_decline(bigint, integer),
    api.quote_revise(bigint, integer), api.quote_accept(bigint, integer) to salesdesk_user;
grant select on api.quote_lines to salesdesk_user;
