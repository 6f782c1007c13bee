-- 0027 Contracts (合同订单) as record kinds: the tables an accepted quote turns into and the money
-- kinds (payment plans, payments, invoices: 0029) refer to. Only their shape and declarations are
-- here; the behaviour (the contract's totals kept from its lines, the status flow and its
-- approval, the number series, amendments) is 0028's.
--
-- 1. A contract belongs to its owner, the salesperson who sold it: superiors see it by the owner
--    route, as deals. Its customer and its deal are declared references (the writer must see
--    them; a hidden one answers like a missing one). On leave it goes to the leaver's manager, as
--    deals do: a contract has no pool, it stays with someone who answers for its money.
-- 2. Money is numeric(14,2) end to end. A line's amount is round(quantity × unit price ×
--    (1 − discount / 100), 2) and its tax round(amount × tax rate / 100, 2): tax per line, rounded
--    to the fen (half away from zero, i.e. half up for these non-negative amounts), then summed —
--    the rule services/trade_documents.py states for the printed documents. The contract's
--    amount, tax and total are the sums of its lines (derived, kept by 0028).
-- 3. Only approved contracts count anywhere later (attainment, receivables, reports):
--    private.contract_counts(status) is the one definition of "counts".
set local role salesdesk_owner;

create table if not exists sales.contracts (
    id             bigint generated always as identity primary key,
    owner_id       bigint not null references sales.employees (id),
    customer_id    bigint not null references sales.customers (id),
    opportunity_id bigint references sales.opportunities (id),
    number         text unique check (length(number) between 1 and 40),  -- given by 0028's series
    title          text not null check (btrim(title) = title and title <> '' and length(title) <= 200),
    status         text not null default 'draft'
                   check (status in ('draft', 'submitted', 'approved', 'rejected', 'in_effect', 'fulfilled',
                                     'cancelled')),
    signed_on      date,
    starts_on      date,
    ends_on        date check (ends_on >= starts_on),
    amount         numeric(14, 2) not null default 0 check (amount >= 0),        -- before tax
    tax_amount     numeric(14, 2) not null default 0 check (tax_amount >= 0),
    total_amount   numeric(14, 2) not null default 0 check (total_amount = amount + tax_amount),
    notes          text check (length(notes) <= 4000),
    approved_at    timestamptz,
    archived_at    timestamptz,
    created_at     timestamptz not null default now(),
    created_by     bigint,
    updated_at     timestamptz not null default now(),
    updated_by     bigint,
    version        integer not null default 1
);
create index if not exists contracts_owner_idx on sales.contracts (owner_id, updated_at, id);
create index if not exists contracts_customer_idx on sales.contracts (customer_id, id);
create index if not exists contracts_opportunity_idx on sales.contracts (opportunity_id, id)
    where opportunity_id is not null;
grant select on sales.contracts to salesdesk_api;

create table if not exists sales.contract_lines (
    id          bigint generated always as identity primary key,
    contract_id bigint not null references sales.contracts (id),
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
create index if not exists contract_lines_contract_idx on sales.contract_lines (contract_id, id);
create index if not exists contract_lines_product_idx on sales.contract_lines (product_id);
grant select on sales.contract_lines to salesdesk_api;

-- Approved, in effect or fulfilled: the contracts that count.
create or replace function private.contract_counts(p_status text) returns boolean
language sql immutable parallel safe set search_path = pg_catalog, pg_temp
return p_status in ('approved', 'in_effect', 'fulfilled');

call private.declare_kind('contract', 'sales.contracts', 'contracts',
    p_owner_column => 'owner_id', p_shares => true, p_archivable => true,
    p_insertable => array['customer_id'],
    p_writable => array['customer_id', 'opportunity_id', 'title', 'signed_on', 'starts_on', 'ends_on', 'notes'],
    p_derived => array['amount', 'tax_amount', 'total_amount'],
    p_sorts => '{"number": "number", "signed_on": "signed_on", "total_amount": "total_amount",
                 "updated_at": "updated_at", "status": "status"}',
    p_filters => array['status', 'customer_id', 'opportunity_id']);
call private.declare_kind('contract_line', 'sales.contract_lines', 'contract_lines',
    p_parent_kind => 'contract', p_parent_column => 'contract_id', p_deletable => true,
    p_insertable => array['contract_id'],
    p_writable => array['product_id', 'quantity', 'unit_price', 'discount', 'tax_rate', 'notes'],
    p_sorts => '{"updated_at": "updated_at"}');
call private.declare_reference('contract', 'customer_id', 'customer');
call private.declare_reference('contract', 'opportunity_id', 'opportunity');
call private.declare_handover('contract', 'manager');
call private.declare_search('contract', 'title', array['title', 'number']);

reset role;
set local role salesdesk_owner;
revoke all on function private.contract_counts(text) from public;
grant execute on function private.contract_counts(text) to salesdesk_api;
reset role;

-- as the migration's superuser: the functions it writes belong to salesdesk_api
call private.declare_api('contract', 'c',
    'c.id, c.number, c.title, c.status, c.customer_id, cu.name as customer_name, c.opportunity_id,
     o.title as opportunity_title, c.signed_on, c.starts_on, c.ends_on, c.amount, c.tax_amount,
     c.total_amount, c.notes, c.approved_at, c.owner_id, e.name as owner_name, c.created_at,
     c.updated_at, c.archived_at, c.version',
    'left join sales.customers cu on cu.id = c.customer_id
     left join sales.opportunities o on o.id = c.opportunity_id
     left join sales.employees e on e.id = c.owner_id',
    'c.name_sort, c.id',
    p_list => array['id', 'number', 'title', 'status', 'customer_id', 'customer_name', 'signed_on',
                    'total_amount', 'owner_id', 'owner_name', 'updated_at', 'archived_at', 'version'],
    p_sort => 'updated_at', p_descending => true, p_get => true);

-- A contract's lines, or (null) every line I see: the read view (the contract's visibility).
create or replace function api.contract_line_rows(p_contract_id bigint default null)
    returns table (id bigint, contract_id bigint, product_id bigint, product_code text, product_name text,
                   unit text, quantity numeric, unit_price numeric, discount numeric, tax_rate numeric,
                   amount numeric, tax_amount numeric, notes text, version integer)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select l.id, l.contract_id, l.product_id, p.code, p.name, p.unit, l.quantity, l.unit_price, l.discount,
           l.tax_rate, l.amount, l.tax_amount, l.notes, l.version
    from (select l2.id from sales.contract_lines l2 where l2.contract_id = p_contract_id
          union all
          select l2.id from sales.contract_lines l2 where p_contract_id is null) x
        join sales.contract_lines l on l.id = x.id
        join sales.products p on p.id = l.product_id
    where private.require_employee() is not null
    order by l.contract_id, l.id
$$;
alter function api.contract_line_rows(bigint) owner to salesdesk_api;
create or replace view api.contract_lines as select * from api.contract_line_rows();
alter view api.contract_lines owner to salesdesk_api;
revoke all on function api.contract_line_rows(bigint) from public;
grant execute on function api.contract_line_rows(bigint) to salesdesk_user;
grant select on api.contract_lines to salesdesk_user;
