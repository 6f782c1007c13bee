-- 0033 What targets, attainment and forecasts stand on (issue 14): the metrics, the fiscal year and
-- where each employee worked on each day.
--
-- 1. sales.metrics: one row a metric, a rule that names its source, the date that places a result
--    in a period, and whether it sums an amount or counts. Only approved and never cancelled results
--    count (contracts approved / in effect / fulfilled, by approval date; payments approved, by the
--    date received; customers by creation; follow-ups by when they happened; leads by conversion).
--    Company data every employee reads; the computation per source lives with the attainment.
-- 2. The fiscal year: sales.performance_settings.fiscal_year_start (1 = January). Fiscal year N is
--    the twelve months from that month of calendar year N. Periods are written 'YYYY-MM' (a month),
--    'FYYYYY-Qn' (a fiscal quarter) and 'FYYYYY' (a fiscal year); private.period_range gives a
--    period's first day and the day after it, api.fiscal_periods a year's periods.
-- 3. private.employee_units: the unit each employee belonged to, day by day (half-open
--    [valid_from, valid_to); the first row starts at -infinity so results entered before the
--    employee's record still have a unit). Statement triggers on sales.employees keep it: a move
--    closes the current row today and opens one for the new unit (a second move the same day
--    replaces the first). private.unit_on(employee, day) answers "which unit on that day", so a
--    result counts for the unit its person belonged to when it happened, and a leaver's results
--    stay in their units. No employee reads the table; it is reached through definer functions.
-- 4. private.metric_results(metric, first_day, after_day): every person's result of a metric in
--    [first_day, after_day), attributed to the unit they belonged to on the result's day, as rows
--    (employee_id, unit_id, credited). Here each result is credited to the record's owner (the
--    converting employee for leads); the attainment (sql/0035) redefines it, same signature, with
--    deal-team credit. It does not filter by scope: its callers do.
-- 5. private.node_target(metric, node_kind, node_id, first_day, after_day, tier): the published
--    target of a node ('company' with node_id null, 'unit', 'person') over the months in the range;
--    null while there is none. The targets (sql/0034) give it its body.
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- 1. Metrics
-- ---------------------------------------------------------------------------
create table if not exists sales.metrics (
    code       text primary key check (code ~ '^[a-z][a-z_]{1,39}$'),
    name       text not null check (btrim(name) <> '' and length(name) <= 50),
    name_en    text not null check (btrim(name_en) <> '' and length(name_en) <= 80),
    source     text not null check (source in ('contracts', 'payments', 'customers', 'followups', 'leads')),
    date_field text not null check (date_field in ('approved_at', 'received_on', 'created_at', 'happened_at',
                                                   'converted_at')),
    measure    text not null check (measure in ('amount', 'count')),
    counts     text not null check (length(counts) <= 200),
    counts_en  text not null check (length(counts_en) <= 300),
    sort_order integer not null default 0,
    active     boolean not null default true,
    created_at timestamptz not null default now(),
    created_by bigint,
    updated_at timestamptz not null default now(),
    updated_by bigint,
    version    integer not null default 1
);
call private.protect_table('sales.metrics');
drop policy if exists "every employee reads the metrics" on sales.metrics;
create policy "every employee reads the metrics" on sales.metrics
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
grant select on sales.metrics to salesdesk_api;

insert into sales.metrics (code, name, name_en, source, date_field, measure, counts, counts_en, sort_order) values
    ('contract_amount', '合同金额', 'Contract amount', 'contracts', 'approved_at', 'amount',
     '已审批、未作废合同的含税总额，按审批日期计', 'Total (tax included) of approved, never cancelled contracts, by approval date', 10),
    ('payments', '回款金额', 'Payments received', 'payments', 'received_on', 'amount',
     '已审批回款的金额，按到账日期计', 'Approved payments, by the date received', 20),
    ('new_customers', '新增客户', 'New customers', 'customers', 'created_at', 'count',
     '新建客户数，按创建日期计', 'Customers created, by creation date', 30),
    ('new_contracts', '新签合同', 'New contracts', 'contracts', 'approved_at', 'count',
     '已审批、未作废合同的份数，按审批日期计', 'Approved, never cancelled contracts, by approval date', 40),
    ('followups', '跟进次数', 'Follow-ups', 'followups', 'happened_at', 'count',
     '未归档的跟进记录数，按发生时间计', 'Follow-ups not archived, by when they happened', 50),
    ('leads_converted', '线索转化', 'Leads converted', 'leads', 'converted_at', 'count',
     '转化为客户的线索数，按转化日期计', 'Leads converted into customers, by conversion date', 60)
on conflict (code) do nothing;

-- ---------------------------------------------------------------------------
-- 2. The fiscal year and periods
-- ---------------------------------------------------------------------------
create table if not exists sales.performance_settings (
    id                boolean primary key default true check (id),  -- one row
    fiscal_year_start smallint not null default 1 check (fiscal_year_start between 1 and 12),
    created_at        timestamptz not null default now(),
    created_by        bigint,
    updated_at        timestamptz not null default now(),
    updated_by        bigint,
    version           integer not null default 1
);
call private.protect_table('sales.performance_settings');
insert into sales.performance_settings (id) values (true) on conflict (id) do nothing;
drop policy if exists "every employee reads the performance settings" on sales.performance_settings;
create policy "every employee reads the performance settings" on sales.performance_settings
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
grant select on sales.performance_settings to salesdesk_api;

create or replace function private.fiscal_year_start() returns integer
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce((select fiscal_year_start from sales.performance_settings), 1)
$$;

-- A period's first day and the day after its last. SD005 (a bad request) for anything not written
-- as above.
create or replace function private.period_range(p_period text, out first_day date, out after_day date)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    m text[];
    fy_first date;
begin
    if p_period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' then
        first_day := to_date(p_period || '-01', 'YYYY-MM-DD');
        after_day := (first_day + interval '1 month')::date;
        return;
    end if;
    m := regexp_match(coalesce(p_period, ''), '^FY([0-9]{4})(-Q([1-4]))?$');
    if m is null or m[1]::int < 1900 then
        raise exception 'not a period: %', p_period using errcode = 'SD005';
    end if;
    fy_first := make_date(m[1]::int, private.fiscal_year_start(), 1);
    if m[3] is null then
        first_day := fy_first;
        after_day := (fy_first + interval '1 year')::date;
    else
        first_day := (fy_first + make_interval(months => 3 * (m[3]::int - 1)))::date;
        after_day := (first_day + interval '3 months')::date;
    end if;
end
$$;

-- The fiscal year a day falls in.
create or replace function private.fiscal_year_of(p_day date) returns integer
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select extract(year from p_day)::int
           - case when extract(month from p_day)::int < private.fiscal_year_start() then 1 else 0 end
$$;

revoke all on function private.fiscal_year_start() from public;
revoke all on function private.period_range(text) from public;
revoke all on function private.fiscal_year_of(date) from public;
grant execute on function private.fiscal_year_start(), private.period_range(text), private.fiscal_year_of(date)
    to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 3. Where each employee worked, day by day
-- ---------------------------------------------------------------------------
create table if not exists private.employee_units (
    employee_id bigint not null references sales.employees (id),
    unit_id     bigint not null references sales.org_units (id),
    valid_from  date not null,
    valid_to    date,
    primary key (employee_id, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
create unique index if not exists employee_units_current_idx on private.employee_units (employee_id)
    where valid_to is null;
create index if not exists employee_units_unit_idx on private.employee_units (unit_id, employee_id);
revoke all on private.employee_units from public;
-- nobody but the owner (BYPASSRLS, running the definer functions) reads it
alter table private.employee_units enable row level security;
alter table private.employee_units force row level security;

insert into private.employee_units (employee_id, unit_id, valid_from)
select e.id, e.unit_id, '-infinity' from sales.employees e
on conflict do nothing;

create or replace function private.employee_units_added() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    insert into private.employee_units (employee_id, unit_id, valid_from)
    select n.id, n.unit_id, '-infinity' from new_rows n;
    return null;
end
$$;

create or replace function private.employee_units_moved() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    today constant date := current_date;
begin
    -- a second move the same day: today's row takes the new unit
    update private.employee_units u set unit_id = n.unit_id
    from old_rows o join new_rows n on n.id = o.id
    where n.unit_id <> o.unit_id and u.employee_id = n.id and u.valid_to is null and u.valid_from = today;
    -- else the current row ends today and the new unit's starts
    update private.employee_units u set valid_to = today
    from old_rows o join new_rows n on n.id = o.id
    where n.unit_id <> o.unit_id and u.employee_id = n.id and u.valid_to is null and u.valid_from < today;
    insert into private.employee_units (employee_id, unit_id, valid_from)
    select n.id, n.unit_id, today
    from old_rows o join new_rows n on n.id = o.id
    where n.unit_id <> o.unit_id
      and not exists (select from private.employee_units u where u.employee_id = n.id and u.valid_to is null);
    return null;
end
$$;
revoke all on function private.employee_units_added() from public;
revoke all on function private.employee_units_moved() from public;

drop trigger if exists employee_units_added on sales.employees;
create trigger employee_units_added after insert on sales.employees
    referencing new table as new_rows for each statement execute function private.employee_units_added();
drop trigger if exists employee_units_moved on sales.employees;
create trigger employee_units_moved after update on sales.employees
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.employee_units_moved();

-- The unit an employee belonged to on a day (null: no such employee).
create or replace function private.unit_on(p_employee_id bigint, p_day date) returns bigint
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select u.unit_id from private.employee_units u
    where u.employee_id = p_employee_id and u.valid_from <= p_day
      and (u.valid_to is null or p_day < u.valid_to)
$$;
revoke all on function private.unit_on(bigint, date) from public;
grant execute on function private.unit_on(bigint, date) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 4. Results per person, at transaction time
-- ---------------------------------------------------------------------------
create or replace function private.metric_results(p_metric text, p_first date, p_after date)
    returns table (employee_id bigint, unit_id bigint, credited numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    m sales.metrics;
begin
    select * into m from sales.metrics where code = p_metric;
    if not found then
        raise exception 'no metric %', p_metric using errcode = 'SD005';
    end if;
    return query
        with r (person, day, amount) as (
            select c.owner_id, c.approved_at::date, c.total_amount
            from sales.contracts c
            where m.source = 'contracts' and c.status in ('approved', 'in_effect', 'fulfilled')
              and c.approved_at >= p_first and c.approved_at < p_after
            union all
            select c.owner_id, p.received_on, p.amount
            from sales.payments p join sales.contracts c on c.id = p.contract_id
            where m.source = 'payments' and p.status = 'approved'
              and p.received_on >= p_first and p.received_on < p_after
            union all
            select k.owner_id, k.created_at::date, 0
            from sales.customers k
            where m.source = 'customers' and k.owner_id is not null
              and k.created_at >= p_first and k.created_at < p_after
            union all
            select f.owner_id, f.happened_at::date, 0
            from sales.followups f
            where m.source = 'followups' and f.archived_at is null
              and f.happened_at >= p_first and f.happened_at < p_after
            union all
            select l.converted_by, l.converted_at::date, 0
            from sales.leads l
            where m.source = 'leads' and l.status = 'converted' and l.converted_by is not null
              and l.converted_at >= p_first and l.converted_at < p_after)
        select r.person, u.unit_id,
               case when m.measure = 'amount' then sum(r.amount) else count(*)::numeric end
        from r join private.employee_units u
            on u.employee_id = r.person and u.valid_from <= r.day and (u.valid_to is null or r.day < u.valid_to)
        group by r.person, u.unit_id;
end
$$;
revoke all on function private.metric_results(text, date, date) from public;
grant execute on function private.metric_results(text, date, date) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 5. A node's published target (the targets of sql/0034 give it its body)
-- ---------------------------------------------------------------------------
create or replace function private.node_target(p_metric text, p_node_kind text, p_node_id bigint,
                                               p_first date, p_after date, p_tier text default 'target')
    returns numeric
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select null::numeric
$$;
revoke all on function private.node_target(text, text, bigint, date, date, text) from public;
grant execute on function private.node_target(text, text, bigint, date, date, text) to salesdesk_api;

reset role;
set local role salesdesk_api;

-- The metrics in their order, with the rule each follows in both languages.
create or replace function api.metric_rows()
    returns table (code text, name text, name_en text, source text, date_field text, measure text,
                   counts text, counts_en text, sort_order integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        select m.code, m.name, m.name_en, m.source, m.date_field, m.measure, m.counts, m.counts_en, m.sort_order
        from sales.metrics m where m.active order by m.sort_order, m.code;
end
$$;
create or replace view api.metrics as select * from api.metric_rows();

-- A fiscal year's periods: the year, its quarters and its months, in order, with their days.
create or replace function api.fiscal_periods(p_year integer)
    returns table (period text, kind text, first_day date, after_day date)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    y text := lpad(p_year::text, 4, '0');
begin
    perform private.require_employee();
    if p_year is null or p_year not between 1900 and 9998 then
        raise exception 'not a fiscal year: %', p_year using errcode = 'SD005';
    end if;
    return query
        select p.period, p.kind, r.first_day, r.after_day
        from (select 'FY' || y as period, 'year' as kind, 0 as o
              union all select 'FY' || y || '-Q' || q, 'quarter', q * 100 from generate_series(1, 4) q
              union all select to_char((make_date(p_year, private.fiscal_year_start(), 1)
                                        + make_interval(months => k))::date, 'YYYY-MM'),
                               'month', (k / 3 + 1) * 100 + k % 3 + 1
                        from generate_series(0, 11) k) p
            cross join lateral private.period_range(p.period) r
        order by p.o;
end
$$;

-- The fiscal year's first month, for every employee.
create or replace function api.performance_settings_rows()
    returns table (fiscal_year_start integer, updated_at timestamptz, version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query select s.fiscal_year_start::integer, s.updated_at, s.version from sales.performance_settings s;
end
$$;
create or replace view api.performance_settings as select * from api.performance_settings_rows();

grant execute on function api.metric_rows(), api.fiscal_periods(integer), api.performance_settings_rows()
    to salesdesk_user;
grant select on api.metrics, api.performance_settings to salesdesk_user;

reset role;
