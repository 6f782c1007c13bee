-- 0039 Month-end close and the monthly report's figures (issue 15 §1, §2).
--
-- 1. private.month_figures(node_kind, node_id, 'YYYY-MM') → jsonb: the month's figures of a node
--    (the attainment model's nodes: 'company' with a null id, 'unit', 'person'), computed here, never
--    by a client. It is SECURITY INVOKER and only ever runs inside the api functions below (owned by
--    the API role): every list reads the tables through their policies, so it holds exactly the rows
--    the caller may see; the attainment rows come from api.attainment (same scope rules).
--    A record belongs to the node when its owner's unit on the record's day (private.unit_on, as the
--    attainment sums take it) is in the node's subtree — or, for a person, when they own it.
--    Values: money and percentages are numeric STRINGS ("1234.50": exact, no float on the way),
--    counts are JSON integers, dates 'YYYY-MM-DD' strings, timestamps ISO strings.
--    Sections: attainment, contracts, payments, invoices, receivables (ageing as at month end),
--    new_customers, leads_converted, followups (per person), expenses, pipeline and forecast (open
--    deals and their forecast by category as they stand when computed: deals keep no history).
-- 2. sales.month_closes, a declared kind (owner = who closed it, so the closer and those above them
--    read it): node, month, closed_at, the snapshot. api.close_month checks that the caller may see
--    the node and manages it (private.may_adjust_forecast: a supervisor or manager their own unit, the
--    director the company), that the month has ended, and that it is not closed yet (SDR01, SDR02).
-- 3. api.month_report: the snapshot when closed (status 'closed'), else the live figures
--    ('preliminary'). api.month_adjustments: what changed in a closed month since its close, as
--    dated rows (live minus snapshot, per list row and per metric and node).
set local role salesdesk_owner;

create table if not exists sales.month_closes (
    id          bigint generated always as identity primary key,
    owner_id    bigint not null references sales.employees (id),
    node_kind   text not null check (node_kind in ('company', 'unit', 'person')),
    node_id     bigint,  -- a unit's or a person's id (the node model of api.attainment)
    month       text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    closed_at   timestamptz not null default now(),
    snapshot    jsonb not null default '{}'::jsonb,
    note        text check (length(note) <= 2000),  -- the closer's remark; never part of the figures
    archived_at timestamptz,
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1,
    check ((node_kind = 'company') = (node_id is null))
);
create unique index if not exists month_closes_node_month_idx
    on sales.month_closes (node_kind, coalesce(node_id, 0), month);
create index if not exists month_closes_owner_idx on sales.month_closes (owner_id) include (id);

call private.declare_kind('month_close', 'sales.month_closes', 'month_closes',
    p_owner_column => 'owner_id', p_writable => array['note'],
    p_sorts => '{"closed_at": "closed_at", "month": "month"}');
-- Made only by api.close_month (through private.month_close_insert): node, month and snapshot are not
-- insertable through the API, so the generic api.record_create can never write a close, let alone a
-- snapshot a client made up.
call private.declare_handover('month_close', 'manager');
reset role;
-- the closes I may read (without their snapshots: api.month_report gives those)
call private.declare_api('month_close', 'm',
    'm.id, m.owner_id, o.name as owner_name, m.node_kind, m.node_id, m.month, m.closed_at, m.note,
     m.created_at, m.updated_at, m.archived_at, m.version',
    'left join sales.employees o on o.id = m.owner_id',
    'm.closed_at desc, m.id desc', p_sort => 'closed_at', p_descending => true, p_get => true);
set local role salesdesk_owner;

-- Is a record of `p_owner` on `p_day` in the node? (units: the node's subtree; null = the company)
create or replace function private.month_owner_in(p_units bigint[], p_person bigint, p_owner bigint,
                                                  p_day date)
returns boolean
language sql stable security definer
set search_path = pg_catalog, pg_temp
as $$
    select case when p_person is not null then p_owner = p_person
                when p_units is null then true
                else coalesce(private.unit_on(p_owner, p_day),
                              (select e.unit_id from sales.employees e where e.id = p_owner))
                     = any (p_units) end
$$;
revoke all on function private.month_owner_in(bigint[], bigint, bigint, date) from public;
grant execute on function private.month_owner_in(bigint[], bigint, bigint, date) to salesdesk_api;

-- money as an exact string with two decimals
create or replace function private.month_money(p numeric) returns text
language sql immutable parallel safe
set search_path = pg_catalog, pg_temp
return to_char(round(coalesce(p, 0), 2), 'FM999999999999990.00');
revoke all on function private.month_money(numeric) from public;
grant execute on function private.month_money(numeric) to salesdesk_api;

-- The highest tier reached: 'challenge', 'sprint', 'target', or null.
create or replace function private.month_tier(p_metric text, p_kind text, p_id bigint, p_first date,
                                              p_after date, p_actual numeric)
returns text
language sql stable security definer
set search_path = pg_catalog, pg_temp
as $$
    select t.tier from (values ('challenge', 3), ('sprint', 2), ('target', 1)) t (tier, o)
    where p_actual >= private.node_target(p_metric, p_kind, p_id, p_first, p_after, t.tier)
      and private.node_target(p_metric, p_kind, p_id, p_first, p_after, t.tier) > 0
    order by t.o desc limit 1
$$;
revoke all on function private.month_tier(text, text, bigint, date, date, numeric) from public;
grant execute on function private.month_tier(text, text, bigint, date, date, numeric) to salesdesk_api;

-- The month 'YYYY-MM' as its first day and the day after it (SD005 when not a month).
create or replace function private.month_range(p_month text, out first_day date, out after_day date)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
begin
    if p_month is null or p_month !~ '^[0-9]{4}-(0[1-9]|1[0-2])$' then
        raise exception 'not a month: %', p_month using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_month) r;
end
$$;
revoke all on function private.month_range(text) from public;
grant execute on function private.month_range(text) to salesdesk_api;
reset role;

-- Invoker: runs as the API role inside api.month_report / api.close_month, so the policies decide
-- every row; granted to the API role only.
set local role salesdesk_owner;
create or replace function private.month_figures(p_node_kind text, p_node_id bigint, p_month text)
returns jsonb
language plpgsql stable
set search_path = pg_catalog, pg_temp
as $$
declare
    r record;
    units bigint[];
    person bigint;
    month_end date;
    out jsonb;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    select * into r from private.month_range(p_month);
    month_end := r.after_day - 1;
    if p_node_kind = 'unit' then
        units := private.unit_subtree(p_node_id);
    elsif p_node_kind = 'person' then
        person := p_node_id;
    end if;
    out := jsonb_build_object(
        'month', p_month, 'first_day', r.first_day, 'last_day', month_end,
        'node', jsonb_build_object('kind', p_node_kind, 'id', p_node_id, 'name',
            case p_node_kind when 'company' then (select coalesce(p.short_name, p.legal_name) from sales.company_profile p limit 1)
                             when 'unit' then (select u.name from sales.org_units u where u.id = p_node_id)
                             else (select e.name from sales.employees e where e.id = p_node_id) end));
    out := out || jsonb_build_object('attainment', coalesce((
        select jsonb_agg(jsonb_build_object(
            'metric', m.code, 'metric_name', m.name, 'metric_name_en', m.name_en, 'measure', m.measure,
            'role', a.role, 'node_kind', a.node_kind, 'node_id', a.node_id, 'name', a.name,
            'target', case when a.target is null then null else a.target::text end,
            'actual', a.actual::text,
            'percent', case when a.percent is null then null else a.percent::text end,
            'tier', private.month_tier(m.code, a.node_kind, a.node_id, r.first_day, r.after_day, a.actual))
            order by m.sort_order, m.code, a.ord)
        from sales.metrics m
            cross join lateral (select x.*, row_number() over () as ord
                                from api.attainment(m.code, p_node_kind, p_node_id, p_month) x) a
        where m.active), '[]'::jsonb));
    out := out || jsonb_build_object('contracts', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', c.id, 'number', c.number, 'title', c.title, 'customer', k.name, 'owner', o.name,
            'approved_on', c.approved_at::date,
            'amount', private.month_money(c.amount), 'tax_amount', private.month_money(c.tax_amount),
            'total_amount', private.month_money(c.total_amount), 'status', c.status,
            'changed_at', c.updated_at) order by c.approved_at, c.id)
        from sales.contracts c
            left join sales.customers k on k.id = c.customer_id
            left join sales.employees o on o.id = c.owner_id
        where private.contract_counts(c.status)
          and c.approved_at >= r.first_day
          and c.approved_at < r.after_day
          and private.month_owner_in(units, person, c.owner_id,
                                     c.approved_at::date)),
        '[]'::jsonb));
    out := out || jsonb_build_object('payments', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', p.id, 'contract_number', c.number, 'contract', c.title, 'customer', k.name,
            'owner', o.name, 'received_on', p.received_on, 'amount', private.month_money(p.amount),
            'method', p.method, 'reference', p.reference, 'changed_at', p.updated_at)
            order by p.received_on, p.id)
        from sales.payments p
            join sales.contracts c on c.id = p.contract_id
            left join sales.customers k on k.id = c.customer_id
            left join sales.employees o on o.id = c.owner_id
        where p.status = 'approved' and p.received_on >= r.first_day and p.received_on < r.after_day
          and private.month_owner_in(units, person, c.owner_id, p.received_on)), '[]'::jsonb));
    out := out || jsonb_build_object('invoices', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', i.id, 'number', i.number, 'contract_number', c.number, 'customer', k.name,
            'owner', o.name, 'issued_on', i.issued_on, 'invoice_type', i.invoice_type,
            'amount', private.month_money(i.amount), 'tax_amount', private.month_money(i.tax_amount),
            'total_amount', private.month_money(i.total_amount), 'changed_at', i.updated_at)
            order by i.issued_on, i.id)
        from sales.invoices i
            join sales.contracts c on c.id = i.contract_id
            left join sales.customers k on k.id = c.customer_id
            left join sales.employees o on o.id = c.owner_id
        where i.issued_on >= r.first_day and i.issued_on < r.after_day
          and private.month_owner_in(units, person, c.owner_id, i.issued_on)), '[]'::jsonb));
    out := out || jsonb_build_object('receivables', coalesce((
        with c as materialized (
            select c.id, c.number, c.title, c.customer_id, c.owner_id, c.total_amount
            from sales.contracts c
            where private.contract_counts(c.status) and c.approved_at < r.after_day
              and private.month_owner_in(units, person, c.owner_id, month_end)
        ), paid as (
            select p.contract_id, sum(p.amount) as received from sales.payments p join c on c.id = p.contract_id
            where p.status = 'approved' and p.received_on <= month_end group by p.contract_id
        ), plan as (
            select i.contract_id, i.amount, i.due_on,
                   sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) as running
            from sales.instalments i join c on c.id = i.contract_id
        ), open as (
            select pl.contract_id, greatest(0, least(pl.amount, pl.running - coalesce(pd.received, 0))) as unpaid,
                   greatest(0, month_end - pl.due_on) as days
            from plan pl left join paid pd on pd.contract_id = pl.contract_id
        ), aged as (
            select o.contract_id,
                   coalesce(sum(unpaid) filter (where days = 0), 0) as nd,
                   coalesce(sum(unpaid) filter (where days between 1 and 30), 0) as b1,
                   coalesce(sum(unpaid) filter (where days between 31 and 60), 0) as b2,
                   coalesce(sum(unpaid) filter (where days between 61 and 90), 0) as b3,
                   coalesce(sum(unpaid) filter (where days > 90), 0) as b4,
                   coalesce(sum(unpaid), 0) as planned_open
            from open o group by o.contract_id
        )
        select jsonb_agg(jsonb_build_object(
            'contract_id', c.id, 'number', c.number, 'title', c.title, 'customer', k.name,
            'owner', o.name, 'total_amount', private.month_money(c.total_amount),
            'received', private.month_money(pd.received),
            'receivable', private.month_money(c.total_amount - coalesce(pd.received, 0)),
            'not_due', private.month_money(a.nd), 'd1_30', private.month_money(a.b1),
            'd31_60', private.month_money(a.b2), 'd61_90', private.month_money(a.b3),
            'd91_plus', private.month_money(a.b4),
            'unplanned', private.month_money(greatest(0, c.total_amount - coalesce(pd.received, 0)
                                                         - coalesce(a.planned_open, 0))))
            order by c.number, c.id)
        from c
            left join paid pd on pd.contract_id = c.id
            left join aged a on a.contract_id = c.id
            left join sales.customers k on k.id = c.customer_id
            left join sales.employees o on o.id = c.owner_id
        where c.total_amount - coalesce(pd.received, 0) <> 0), '[]'::jsonb));
    out := out || jsonb_build_object('new_customers', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', k.id, 'name', k.name, 'industry', k.industry, 'region', k.region, 'phone', k.phone,
            'owner', o.name, 'created_on', k.created_at::date,
            'changed_at', k.updated_at) order by k.created_at, k.id)
        from sales.customers k left join sales.employees o on o.id = k.owner_id
        where k.created_at >= r.first_day
          and k.created_at < r.after_day and k.owner_id is not null
          and private.month_owner_in(units, person, k.owner_id,
                                     k.created_at::date)),
        '[]'::jsonb));
    out := out || jsonb_build_object('leads_converted', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', l.id, 'company_name', l.company_name, 'contact_name', l.contact_name,
            'source', l.source, 'owner', o.name,
            'converted_on', l.converted_at::date,
            'changed_at', l.updated_at) order by l.converted_at, l.id)
        from sales.leads l left join sales.employees o on o.id = l.owner_id
        where l.converted_at >= r.first_day
          and l.converted_at < r.after_day and l.owner_id is not null
          and private.month_owner_in(units, person, l.owner_id,
                                     l.converted_at::date)),
        '[]'::jsonb));
    out := out || jsonb_build_object('followups', coalesce((
        select jsonb_agg(jsonb_build_object('owner_id', x.owner_id, 'owner', o.name, 'count', x.n,
                                            'customers', x.customers, 'last_at', x.last_at)
                         order by x.n desc, o.name, x.owner_id)
        from (select f.owner_id, count(*)::integer as n, count(distinct f.customer_id)::integer as customers,
                     max(f.happened_at) as last_at
              from sales.followups f
              where f.archived_at is null and f.happened_at >= r.first_day
                and f.happened_at < r.after_day
                and private.month_owner_in(units, person, f.owner_id,
                                           f.happened_at::date)
              group by f.owner_id) x
            left join sales.employees o on o.id = x.owner_id), '[]'::jsonb));
    out := out || jsonb_build_object('expenses', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', e.id, 'owner', o.name, 'spent_on', e.spent_on, 'category', g.name,
            'category_en', g.name_en, 'amount', private.month_money(e.amount), 'customer', k.name,
            'note', e.note, 'changed_at', e.updated_at) order by e.spent_on, e.id)
        from sales.expenses e
            join sales.expense_categories g on g.code = e.category
            left join sales.customers k on k.id = e.customer_id
            left join sales.employees o on o.id = e.owner_id
        where e.status = 'approved' and e.archived_at is null
          and e.spent_on >= r.first_day and e.spent_on < r.after_day
          and private.month_owner_in(units, person, e.owner_id, e.spent_on)), '[]'::jsonb));
    out := out || jsonb_build_object('pipeline', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', d.id, 'title', d.title, 'customer', k.name, 'owner', o.name, 'stage', s.name,
            'stage_en', s.name_en, 'amount', private.month_money(d.amount),
            'probability', d.probability::text,
            'weighted', private.month_money(d.amount * d.probability / 100),
            'expected_close', d.expected_close_date, 'forecast_category', d.forecast_category)
            order by d.expected_close_date nulls last, d.id)
        from sales.opportunities d
            join sales.opportunity_stages s on s.id = d.stage_id
            left join sales.customers k on k.id = d.customer_id
            left join sales.employees o on o.id = d.owner_id
        where d.archived_at is null and s.outcome is null
          and private.month_owner_in(units, person, d.owner_id, month_end)), '[]'::jsonb));
    out := out || jsonb_build_object('forecast', coalesce((
        select jsonb_agg(jsonb_build_object('category', x.category, 'deals', x.n,
                                            'amount', private.month_money(x.amount),
                                            'weighted', private.month_money(x.weighted))
                         order by x.category)
        from (select p ->> 'forecast_category' as category, count(*)::integer as n,
                     sum((p ->> 'amount')::numeric) as amount, sum((p ->> 'weighted')::numeric) as weighted
              from jsonb_array_elements(out -> 'pipeline') p group by 1) x), '[]'::jsonb));
    return out;
end
$$;
revoke all on function private.month_figures(text, bigint, text) from public;
grant execute on function private.month_figures(text, bigint, text) to salesdesk_api;
reset role;

-- Is the month closed for the node (whoever closed it)? Only ever asked for a node the caller manages.
set local role salesdesk_owner;
create or replace function private.month_closed(p_node_kind text, p_node_id bigint, p_month text)
returns boolean
language sql stable security definer
set search_path = pg_catalog, pg_temp
as $$
    select exists (select 1 from sales.month_closes m
                   where m.node_kind = p_node_kind and m.node_id is not distinct from p_node_id
                     and m.month = p_month)
$$;
revoke all on function private.month_closed(text, bigint, text) from public;
grant execute on function private.month_closed(text, bigint, text) to salesdesk_api;

-- The one way a close is written: by api.close_month, after its checks, with the figures it read.
create or replace function private.month_close_insert(p_owner bigint, p_node_kind text, p_node_id bigint,
                                                      p_month text, p_snapshot jsonb)
returns bigint
language sql volatile security definer
set search_path = pg_catalog, pg_temp
as $$
    insert into sales.month_closes (owner_id, node_kind, node_id, month, snapshot)
    values (p_owner, p_node_kind, p_node_id, p_month, p_snapshot)
    returning id
$$;
revoke all on function private.month_close_insert(bigint, text, bigint, text, jsonb) from public;
grant execute on function private.month_close_insert(bigint, text, bigint, text, jsonb) to salesdesk_api;

-- Who closes a node's month: who manages it (a supervisor or manager their own unit, the director the
-- company) — the rule the forecast adjustments use.
create or replace function private.may_close_month(p_node_kind text, p_node_id bigint)
returns boolean
language sql stable security definer
set search_path = pg_catalog, pg_temp
as $$
    select case p_node_kind when 'company' then p_node_id is null and private.may_adjust_forecast(null)
                            when 'unit' then p_node_id is not null and private.may_adjust_forecast(p_node_id)
                            else false end
$$;
revoke all on function private.may_close_month(text, bigint) from public;
grant execute on function private.may_close_month(text, bigint) to salesdesk_api;
reset role;

set local role salesdesk_owner;
-- The adjustments of one closed month: live figures minus the snapshot, as dated rows.
create or replace function private.month_changes(p_snapshot jsonb, p_live jsonb)
returns table (changed_on date, section text, record_id bigint, label text, metric text,
               node_kind text, node_id bigint, node_name text, before numeric, after numeric, delta numeric)
language sql stable
set search_path = pg_catalog, pg_temp
as $$
    with sections (section, amount_key, label_key, source) as (values
        ('contracts', 'total_amount', 'title', 'contracts'), ('payments', 'amount', 'contract', 'payments'),
        ('invoices', 'total_amount', 'number', null), ('expenses', 'amount', 'category', null),
        ('new_customers', null, 'name', 'customers'), ('leads_converted', null, 'company_name', 'leads')
    ), rows as (
        select s.section, s.source, coalesce((b ->> 'id')::bigint, (a ->> 'id')::bigint) as id,
               coalesce(a ->> s.label_key, b ->> s.label_key) as label,
               case when b is null then 0 when s.amount_key is null then 1 else (b ->> s.amount_key)::numeric end as before,
               case when a is null then 0 when s.amount_key is null then 1 else (a ->> s.amount_key)::numeric end as after,
               (a ->> 'changed_at')::timestamptz::date as changed_on
        from sections s
            cross join lateral (
                select b.value as b, a.value as a
                from (select value from jsonb_array_elements(coalesce(p_snapshot -> s.section, '[]'))) b
                    full join (select value from jsonb_array_elements(coalesce(p_live -> s.section, '[]'))) a
                        on (a.value ->> 'id') = (b.value ->> 'id')) x
    ), listed as (
        select * from rows where before <> after
    ), metrics as (
        select coalesce(b ->> 'metric', a ->> 'metric') as metric, m.source,
               coalesce(b ->> 'node_kind', a ->> 'node_kind') as node_kind,
               coalesce((b ->> 'node_id')::bigint, (a ->> 'node_id')::bigint) as node_id,
               coalesce(a ->> 'name', b ->> 'name') as node_name,
               coalesce((b ->> 'actual')::numeric, 0) as before, coalesce((a ->> 'actual')::numeric, 0) as after
        from (select value as b from jsonb_array_elements(coalesce(p_snapshot -> 'attainment', '[]'))) b
            full join (select value as a from jsonb_array_elements(coalesce(p_live -> 'attainment', '[]'))) a
                on (a ->> 'metric') = (b ->> 'metric') and (a ->> 'node_kind') = (b ->> 'node_kind')
               and (a ->> 'node_id') is not distinct from (b ->> 'node_id') and (a ->> 'role') = (b ->> 'role')
            left join sales.metrics m on m.code = coalesce(b ->> 'metric', a ->> 'metric')
    )
    select l.changed_on, l.section, l.id, l.label, null::text, null::text, null::bigint, null::text,
           l.before, l.after, l.after - l.before
    from listed l
    union all
    select (select max(l.changed_on) from listed l where l.source = m.source), 'attainment', null, null,
           m.metric, m.node_kind, m.node_id, m.node_name, m.before, m.after, m.after - m.before
    from metrics m where m.before <> m.after
$$;
revoke all on function private.month_changes(jsonb, jsonb) from public;
grant execute on function private.month_changes(jsonb, jsonb) to salesdesk_api;
reset role;
set local role salesdesk_api;

-- The month's report: the snapshot when closed and readable, else the live figures.
create or replace function api.month_report(p_node_kind text, p_node_id bigint, p_month text)
returns jsonb
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    c record;
    figures jsonb;
    later jsonb;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    perform private.month_range(p_month);
    select m.closed_at, m.snapshot, e.name as closed_by into c
    from sales.month_closes m left join sales.employees e on e.id = m.owner_id
    where m.node_kind = p_node_kind and m.node_id is not distinct from p_node_id and m.month = p_month;
    if found then
        return c.snapshot || jsonb_build_object('status', 'closed', 'closed_at', c.closed_at,
                                                'closed_by', c.closed_by);
    end if;
    figures := private.month_figures(p_node_kind, p_node_id, p_month);
    return figures || jsonb_build_object('status', 'preliminary', 'closed_at', null, 'closed_by', null,
                                         'adjustments', private.month_earlier_changes(
                                             p_node_kind, p_node_id, p_month));
end
$$;
revoke all on function api.month_report(text, bigint, text) from public;
grant execute on function api.month_report(text, bigint, text) to salesdesk_user;

-- What changed in a closed month since its close (empty when the month is not closed, or its close is
-- not the caller's to read).
create or replace function api.month_adjustments(p_node_kind text, p_node_id bigint, p_month text)
returns table (changed_on date, section text, record_id bigint, label text, metric text,
               node_kind text, node_id bigint, node_name text, before numeric, after numeric, delta numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    snap jsonb;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    perform private.month_range(p_month);
    select m.snapshot into snap from sales.month_closes m
    where m.node_kind = p_node_kind and m.node_id is not distinct from p_node_id and m.month = p_month;
    if found then
        return query select * from private.month_changes(snap, private.month_figures(p_node_kind, p_node_id, p_month)) x
                     order by x.section, x.changed_on nulls last, x.record_id, x.metric, x.node_kind, x.node_id;
    end if;
end
$$;
revoke all on function api.month_adjustments(text, bigint, text) from public;
grant execute on function api.month_adjustments(text, bigint, text) to salesdesk_user;

reset role;
set local role salesdesk_owner;
-- The adjustments to the node's closed months of the past year before p_month that were made up to
-- p_month's end (or cannot be dated), for the report's "Adjustments" sheet.
create or replace function private.month_earlier_changes(p_node_kind text, p_node_id bigint, p_month text)
returns jsonb
language sql stable
set search_path = pg_catalog, pg_temp
as $$
    select coalesce(jsonb_agg(to_jsonb(x) || jsonb_build_object('month', m.month)
                              order by m.month, x.section, x.changed_on nulls last, x.record_id, x.metric, x.node_id), '[]')
    from sales.month_closes m
        cross join lateral private.month_changes(
            m.snapshot, private.month_figures(p_node_kind, p_node_id, m.month)) x
    where m.node_kind = p_node_kind and m.node_id is not distinct from p_node_id
      and m.month < p_month and m.month >= to_char((p_month || '-01')::date - interval '12 months', 'YYYY-MM')
      and (x.changed_on is null or x.changed_on < ((p_month || '-01')::date + interval '1 month')::date)
$$;
revoke all on function private.month_earlier_changes(text, bigint, text) from public;
grant execute on function private.month_earlier_changes(text, bigint, text) to salesdesk_api;
reset role;
set local role salesdesk_api;

-- Close the month for a node the caller manages: freeze its figures.
create or replace function api.close_month(p_node_kind text, p_node_id bigint, p_month text)
returns jsonb
language plpgsql volatile security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    r record;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    select * into r from private.month_range(p_month);
    if not private.may_close_month(p_node_kind, p_node_id) then
        raise exception 'only who manages the node closes its month' using errcode = '42501';
    end if;
    if r.after_day > current_date then
        raise exception 'the month has not ended' using errcode = 'SDR02';
    end if;
    -- one close per node and month, whoever tries at the same time
    perform pg_advisory_xact_lock(hashtextextended('month_close:' || p_node_kind || ':'
                                                   || coalesce(p_node_id, 0) || ':' || p_month, 0));
    if private.month_closed(p_node_kind, p_node_id, p_month) then
        raise exception 'the month is closed already' using errcode = 'SDR01';
    end if;
    -- the figures are read here, as the caller, through the policies
    perform private.month_close_insert(me, p_node_kind, p_node_id, p_month,
        private.month_figures(p_node_kind, p_node_id, p_month)
        || jsonb_build_object('adjustments', private.month_earlier_changes(p_node_kind, p_node_id, p_month)));
    return api.month_report(p_node_kind, p_node_id, p_month);
end
$$;
revoke all on function api.close_month(text, bigint, text) from public;
grant execute on function api.close_month(text, bigint, text) to salesdesk_user;
reset role;

