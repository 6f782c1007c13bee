-- 0035 Attainment with deal credit at transaction time, rankings, briefings and scorecards (issue 14 §2-3).
--
-- 1. Deal credit. A contract's result (its total for contract_amount, one contract for
--    new_contracts) is credited to the members of its deal's team by their revenue share
--    (sales.opportunity_members.credit_share, which sums to 100 when any member has one), even
--    when another member signed it. A contract with no deal, or whose deal's team has no credit
--    share, credits its own owner 100 %. Counts credited by share are fractional: a 60 % member is
--    credited 0.6 of a contract. A payment is credited by the same shares as its contract. Overlay
--    credit (overlay_credit, a % of the result on top of the 100 %) is reported beside the revenue
--    credit, never summed into it (private.metric_credits); "assisted" is the revenue credit a
--    person earned on contracts someone else owns (the scorecards' deal-credit indicator).
--    Customers, follow-ups and converted leads credit their owner / converter, as in 0033.
-- 2. Attribution at transaction time: each credit counts for the unit its person belonged to on
--    the result's day (private.employee_units), the day taken in the server's time zone. A leaver's or mover's past results stay where they
--    were earned.
-- 3. Speed. private.metric_ledger holds every record's credits (one row per metric x record x
--    person), rewritten for a record whenever something it depends on changes (the record, its
--    contract, its deal's team, the metrics); private.metric_daily sums the ledger per metric x
--    unit-at-the-time x person x day, kept by statement triggers that apply each statement's deltas
--    per key in key order (as 0021's opportunity_totals: no lost update, no deadlock between two
--    statements). A move (a row of private.employee_units written) re-attributes the mover's
--    ledger rows. private.metric_results reads the daily sums.
-- 4. The API (security definer, the scope checked here): attainment of a node and its children,
--    rankings, the sales briefing, KPI scorecards (sales.scorecard_items, kept with the
--    maintain_scorecards permission). A node the caller may not see answers as a missing one
--    (P0002).
set local role salesdesk_owner;

-- The day a moment counts on: its date in the server's time zone, as 0033 and the org history
-- (private.employee_units closes a row on current_date) count days. Set the server's timezone to
-- the company's.
create or replace function private.result_day(p_at timestamptz) returns date
    language sql stable parallel safe
    set search_path = pg_catalog, pg_temp
return p_at::date;

-- ---------------------------------------------------------------------------
-- 1. Credits per record
-- ---------------------------------------------------------------------------
-- Who is credited for a contract, with which revenue share and overlay share (percent).
create or replace function private.contract_credit(p_contract_ids bigint[])
    returns table (contract_id bigint, employee_id bigint, share numeric, overlay_credit numeric, assisted boolean)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select x.contract_id, x.employee_id, sum(x.share), sum(x.overlay_credit), bool_and(x.employee_id <> c.owner_id)
    from (select c.id as contract_id, c.owner_id as employee_id, 100::numeric as share, 0::numeric as overlay_credit
          from sales.contracts c
          where c.id = any (p_contract_ids)
            and not exists (select 1 from sales.opportunity_members m
                            where m.opportunity_id = c.opportunity_id and m.credit_share > 0)
          union all
          select c.id, m.employee_id, m.credit_share, coalesce(m.overlay_credit, 0)
          from sales.contracts c join sales.opportunity_members m on m.opportunity_id = c.opportunity_id
          where c.id = any (p_contract_ids) and (m.credit_share > 0 or m.overlay_credit > 0)) x
        join sales.contracts c on c.id = x.contract_id
    group by x.contract_id, x.employee_id
$$;

-- The ledger rows of some records of one source, as they should be now.
create or replace function private.ledger_rows(p_source text, p_ids bigint[])
    returns table (metric text, source_id bigint, employee_id bigint, unit_id bigint, day date,
                   credited numeric, overlay_credit numeric, assisted numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with r (source_id, employee_id, day, amount, share, overlay_credit, assisted) as (
        select c.id, k.employee_id, private.result_day(c.approved_at), c.total_amount, k.share, k.overlay_credit, k.assisted
        from sales.contracts c join private.contract_credit(p_ids) k on k.contract_id = c.id
        where p_source = 'contracts' and c.id = any (p_ids) and private.contract_counts(c.status)
          and c.approved_at is not null
        union all
        select p.id, k.employee_id, p.received_on, p.amount, k.share, k.overlay_credit, k.assisted
        from sales.payments p
            join private.contract_credit(array(select q.contract_id from sales.payments q
                                               where q.id = any (p_ids))) k on k.contract_id = p.contract_id
        where p_source = 'payments' and p.id = any (p_ids) and p.status = 'approved'
        union all
        select k.id, k.owner_id, private.result_day(k.created_at), 0, 100, 0, false
        from sales.customers k
        where p_source = 'customers' and k.id = any (p_ids) and k.owner_id is not null
        union all
        select f.id, f.owner_id, private.result_day(f.happened_at), 0, 100, 0, false
        from sales.followups f
        where p_source = 'followups' and f.id = any (p_ids) and f.archived_at is null
        union all
        select l.id, l.converted_by, private.result_day(l.converted_at), 0, 100, 0, false
        from sales.leads l
        where p_source = 'leads' and l.id = any (p_ids) and l.status = 'converted' and l.converted_by is not null)
    select m.code, r.source_id, r.employee_id, u.unit_id, r.day,
           -- exact: 2 decimals x 2 decimals / 100 has at most 6
           round(case when m.measure = 'amount' then r.amount * r.share / 100 else r.share / 100 end, 6),
           round(case when m.measure = 'amount' then r.amount * r.overlay_credit / 100
                      else r.overlay_credit / 100 end, 6),
           round(case when not r.assisted then 0
                      when m.measure = 'amount' then r.amount * r.share / 100 else r.share / 100 end, 6)
    from r
        join sales.metrics m on m.source = p_source and m.active
        join private.employee_units u
            on u.employee_id = r.employee_id and u.valid_from <= r.day and (u.valid_to is null or r.day < u.valid_to)
$$;

create table if not exists private.metric_ledger (
    metric      text not null,
    source_id   bigint not null,
    employee_id bigint not null,
    unit_id     bigint not null,
    day         date not null,
    credited    numeric not null,
    overlay_credit     numeric not null default 0,
    assisted    numeric not null default 0,
    primary key (metric, source_id, employee_id)
);
create index if not exists metric_ledger_employee_idx on private.metric_ledger (employee_id, day);
revoke all on private.metric_ledger from public;
-- no policy: only the owner's definer functions (which bypass RLS) read or write it
alter table private.metric_ledger enable row level security;
alter table private.metric_ledger force row level security;

create table if not exists private.metric_daily (
    metric      text not null,
    unit_id     bigint not null,
    employee_id bigint not null,
    day         date not null,
    credited    numeric not null default 0,
    overlay_credit     numeric not null default 0,
    assisted    numeric not null default 0,
    records     integer not null default 0,
    primary key (metric, unit_id, day, employee_id)
);
create index if not exists metric_daily_employee_idx on private.metric_daily (metric, employee_id, day);
create index if not exists metric_daily_day_idx on private.metric_daily (metric, day);
revoke all on private.metric_daily from public;
alter table private.metric_daily enable row level security;
alter table private.metric_daily force row level security;

-- The same sums per month (unit and company totals of whole months read these: a fiscal year is
-- 12 rows a person, not 365).
create table if not exists private.metric_monthly (
    metric         text not null,
    month          date not null,
    unit_id        bigint not null,
    employee_id    bigint not null,
    credited       numeric not null default 0,
    overlay_credit numeric not null default 0,
    assisted       numeric not null default 0,
    records        integer not null default 0,
    primary key (metric, unit_id, month, employee_id)
);
create index if not exists metric_monthly_month_idx on private.metric_monthly (metric, month);
revoke all on private.metric_monthly from public;
alter table private.metric_monthly enable row level security;
alter table private.metric_monthly force row level security;

-- A statement's ledger changes, summed per daily key, applied in key order (keys whose changes
-- cancel out, a record rewritten as it was, are not touched).
create or replace function private.metric_daily_inserted() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
begin
    insert into private.metric_daily as t (metric, unit_id, employee_id, day, credited, overlay_credit, assisted, records)
    select n.metric, n.unit_id, n.employee_id, n.day, sum(n.credited), sum(n.overlay_credit), sum(n.assisted), count(*)
    from new_rows n group by 1, 2, 3, 4 order by 1, 2, 4, 3
    on conflict (metric, unit_id, day, employee_id) do update
        set credited = t.credited + excluded.credited, overlay_credit = t.overlay_credit + excluded.overlay_credit,
            assisted = t.assisted + excluded.assisted, records = t.records + excluded.records;
    insert into private.metric_monthly as t (metric, month, unit_id, employee_id, credited, overlay_credit, assisted,
                                             records)
    select d.metric, date_trunc('month', d.day)::date, d.unit_id, d.employee_id, sum(d.credited),
           sum(d.overlay_credit), sum(d.assisted), sum(d.n)
    from (select n.metric, n.day, n.unit_id, n.employee_id, n.credited, n.overlay_credit, n.assisted, 1 as n from new_rows n) d
    group by 1, 2, 3, 4
    having sum(d.n) <> 0 or sum(d.credited) <> 0 or sum(d.overlay_credit) <> 0 or sum(d.assisted) <> 0
    order by 1, 3, 2, 4
    on conflict (metric, unit_id, month, employee_id) do update
        set credited = t.credited + excluded.credited, overlay_credit = t.overlay_credit + excluded.overlay_credit,
            assisted = t.assisted + excluded.assisted, records = t.records + excluded.records;
    return null;
end
$$;
create or replace function private.metric_daily_deleted() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
begin
    insert into private.metric_daily as t (metric, unit_id, employee_id, day, credited, overlay_credit, assisted, records)
    select o.metric, o.unit_id, o.employee_id, o.day, -sum(o.credited), -sum(o.overlay_credit), -sum(o.assisted), -count(*)
    from old_rows o group by 1, 2, 3, 4 order by 1, 2, 4, 3
    on conflict (metric, unit_id, day, employee_id) do update
        set credited = t.credited + excluded.credited, overlay_credit = t.overlay_credit + excluded.overlay_credit,
            assisted = t.assisted + excluded.assisted, records = t.records + excluded.records;
    insert into private.metric_monthly as t (metric, month, unit_id, employee_id, credited, overlay_credit, assisted,
                                             records)
    select d.metric, date_trunc('month', d.day)::date, d.unit_id, d.employee_id, sum(d.credited),
           sum(d.overlay_credit), sum(d.assisted), sum(d.n)
    from (select o.metric, o.day, o.unit_id, o.employee_id, -o.credited as credited,
                 -o.overlay_credit as overlay_credit, -o.assisted as assisted, -1 as n
          from old_rows o) d
    group by 1, 2, 3, 4
    having sum(d.n) <> 0 or sum(d.credited) <> 0 or sum(d.overlay_credit) <> 0 or sum(d.assisted) <> 0
    order by 1, 3, 2, 4
    on conflict (metric, unit_id, month, employee_id) do update
        set credited = t.credited + excluded.credited, overlay_credit = t.overlay_credit + excluded.overlay_credit,
            assisted = t.assisted + excluded.assisted, records = t.records + excluded.records;
    return null;
end
$$;
create or replace function private.metric_daily_updated() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
begin
    insert into private.metric_daily as t (metric, unit_id, employee_id, day, credited, overlay_credit, assisted, records)
    select d.metric, d.unit_id, d.employee_id, d.day, sum(d.credited), sum(d.overlay_credit), sum(d.assisted), sum(d.n)
    from (select n.metric, n.unit_id, n.employee_id, n.day, n.credited, n.overlay_credit, n.assisted, 1 as n
          from new_rows n
          union all
          select o.metric, o.unit_id, o.employee_id, o.day, -o.credited, -o.overlay_credit, -o.assisted, -1
          from old_rows o) d
    group by 1, 2, 3, 4
    having sum(d.n) <> 0 or sum(d.credited) <> 0 or sum(d.overlay_credit) <> 0 or sum(d.assisted) <> 0
    order by 1, 2, 4, 3
    on conflict (metric, unit_id, day, employee_id) do update
        set credited = t.credited + excluded.credited, overlay_credit = t.overlay_credit + excluded.overlay_credit,
            assisted = t.assisted + excluded.assisted, records = t.records + excluded.records;
    insert into private.metric_monthly as t (metric, month, unit_id, employee_id, credited, overlay_credit, assisted,
                                             records)
    select d.metric, date_trunc('month', d.day)::date, d.unit_id, d.employee_id, sum(d.credited),
           sum(d.overlay_credit), sum(d.assisted), sum(d.n)
    from (select n.metric, n.day, n.unit_id, n.employee_id, n.credited, n.overlay_credit, n.assisted, 1 as n from new_rows n
          union all
          select o.metric, o.day, o.unit_id, o.employee_id, -o.credited, -o.overlay_credit, -o.assisted, -1 from old_rows o) d
    group by 1, 2, 3, 4
    having sum(d.n) <> 0 or sum(d.credited) <> 0 or sum(d.overlay_credit) <> 0 or sum(d.assisted) <> 0
    order by 1, 3, 2, 4
    on conflict (metric, unit_id, month, employee_id) do update
        set credited = t.credited + excluded.credited, overlay_credit = t.overlay_credit + excluded.overlay_credit,
            assisted = t.assisted + excluded.assisted, records = t.records + excluded.records;
    return null;
end
$$;
revoke all on function private.metric_daily_inserted(), private.metric_daily_deleted(),
    private.metric_daily_updated() from public;

drop trigger if exists metric_daily_inserted on private.metric_ledger;
create trigger metric_daily_inserted after insert on private.metric_ledger
    referencing new table as new_rows for each statement execute function private.metric_daily_inserted();
drop trigger if exists metric_daily_deleted on private.metric_ledger;
create trigger metric_daily_deleted after delete on private.metric_ledger
    referencing old table as old_rows for each statement execute function private.metric_daily_deleted();
drop trigger if exists metric_daily_updated on private.metric_ledger;
create trigger metric_daily_updated after update on private.metric_ledger
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.metric_daily_updated();

-- Rewrite the ledger rows of some records of a source. Each record is locked first (an advisory
-- lock per record, in id order) so two transactions rewriting the same record take turns and the
-- second sees the first's rows; each statement below reads with a fresh snapshot.
create or replace function private.ledger_refresh(p_source text, p_ids bigint[]) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if coalesce(cardinality(p_ids), 0) = 0 then
        return;
    end if;
    -- one lock per bucket of ids (id mod 64), taken in order: two rewrites of one record's rows
    -- wait for each other, and a bulk statement (an import, a bench load) takes at most 64 locks
    -- instead of one per record, which exhausted the lock table
    perform pg_advisory_xact_lock(hashtextextended('metric_ledger:' || p_source || ':' || s.bucket, 0))
    from (select distinct x % 64 as bucket from unnest(p_ids) x where x is not null order by 1) s;
    delete from private.metric_ledger l
    where l.source_id = any (p_ids) and l.metric in (select code from sales.metrics where source = p_source);
    insert into private.metric_ledger (metric, source_id, employee_id, unit_id, day, credited, overlay_credit, assisted)
    select * from private.ledger_rows(p_source, p_ids) r
    order by r.metric, r.source_id, r.employee_id;
end
$$;

-- Contracts and, with them, their payments (credited by the contract's shares).
create or replace function private.ledger_contracts(p_ids bigint[]) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.ledger_refresh('contracts', p_ids);
    perform private.ledger_refresh('payments', array(select p.id from sales.payments p
                                                     where p.contract_id = any (p_ids)));
end
$$;

-- A source table's statement trigger: TG_ARGV[0] the source, TG_ARGV[1] the columns whose change
-- changes a credit (an update that changes none of them rewrites nothing).
create or replace function private.ledger_source_changed() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(n.id) into ids from new_rows n;
    elsif tg_op = 'DELETE' then
        select array_agg(o.id) into ids from old_rows o;
    else
        execute format('select array_agg(n.id) from old_rows o join new_rows n on n.id = o.id '
                       'where (%s) is distinct from (%s)',
                       (select string_agg('o.' || quote_ident(c), ', ') from unnest(string_to_array(tg_argv[1], ',')) c),
                       (select string_agg('n.' || quote_ident(c), ', ') from unnest(string_to_array(tg_argv[1], ',')) c))
            into ids;
    end if;
    if tg_argv[0] = 'contracts' then
        perform private.ledger_contracts(ids);
    else
        perform private.ledger_refresh(tg_argv[0], ids);
    end if;
    return null;
end
$$;

-- A deal team's change rewrites the credits of the deal's contracts (and their payments).
create or replace function private.ledger_team_changed() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    deals bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct n.opportunity_id) into deals from new_rows n;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct o.opportunity_id) into deals from old_rows o;
    else
        select array_agg(distinct x) into deals
        from (select n.opportunity_id as x from old_rows o join new_rows n on n.id = o.id
              where (o.employee_id, o.credit_share, o.overlay_credit, o.opportunity_id)
                    is distinct from (n.employee_id, n.credit_share, n.overlay_credit, n.opportunity_id)
              union all
              select o.opportunity_id from old_rows o join new_rows n on n.id = o.id
              where o.opportunity_id <> n.opportunity_id) d;
    end if;
    if deals is not null then
        perform private.ledger_contracts(array(select c.id from sales.contracts c
                                               where c.opportunity_id = any (deals)));
    end if;
    return null;
end
$$;

-- A move (or an admin's correction of the history) re-attributes the person's credits.
create or replace function private.ledger_units_changed() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    people bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct n.employee_id) into people from new_rows n;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct o.employee_id) into people from old_rows o;
    else
        select array_agg(distinct x) into people
        from (select n.employee_id as x from new_rows n union select o.employee_id from old_rows o) d;
    end if;
    update private.metric_ledger l set unit_id = u.unit_id
    from private.employee_units u
    where l.employee_id = any (people) and u.employee_id = l.employee_id
      and u.valid_from <= l.day and (u.valid_to is null or l.day < u.valid_to)
      and l.unit_id <> u.unit_id;
    return null;
end
$$;

-- A changed metric rule rewrites the whole ledger (rare: the rules are data the admin keeps).
create or replace function private.ledger_rebuild() returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform pg_advisory_xact_lock(hashtextextended('metric_ledger:rebuild', 0));
    delete from private.metric_ledger;
    insert into private.metric_ledger (metric, source_id, employee_id, unit_id, day, credited, overlay_credit, assisted)
    select r.* from unnest(array['contracts', 'payments', 'customers', 'followups', 'leads']) s (source)
        cross join lateral private.ledger_rows(s.source, case s.source
            when 'contracts' then array(select id from sales.contracts where private.contract_counts(status))
            when 'payments' then array(select id from sales.payments where status = 'approved')
            when 'customers' then array(select id from sales.customers where owner_id is not null)
            when 'followups' then array(select id from sales.followups where archived_at is null)
            else array(select id from sales.leads where status = 'converted') end) r
    order by 1, 2, 3;
end
$$;
create or replace function private.ledger_metrics_changed() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.ledger_rebuild();
    return null;
end
$$;
revoke all on function private.contract_credit(bigint[]), private.ledger_rows(text, bigint[]),
    private.ledger_refresh(text, bigint[]), private.ledger_contracts(bigint[]), private.ledger_source_changed(),
    private.ledger_team_changed(), private.ledger_units_changed(), private.ledger_rebuild(),
    private.ledger_metrics_changed() from public;

do $$
declare
    t record;
    ev text;
begin
    for t in select * from (values
            ('sales.contracts', 'ledger_source_changed', 'contracts', 'status,approved_at,total_amount,opportunity_id,owner_id'),
            ('sales.payments', 'ledger_source_changed', 'payments', 'status,amount,received_on,contract_id'),
            ('sales.customers', 'ledger_source_changed', 'customers', 'owner_id,created_at'),
            ('sales.followups', 'ledger_source_changed', 'followups', 'owner_id,happened_at,archived_at'),
            ('sales.leads', 'ledger_source_changed', 'leads', 'status,converted_by,converted_at'),
            ('sales.opportunity_members', 'ledger_team_changed', null, null),
            ('private.employee_units', 'ledger_units_changed', null, null)) v (tab, fn, source, cols)
    loop
        foreach ev in array array['insert', 'update', 'delete'] loop
            execute format('drop trigger if exists %I on %s', 'ledger_' || ev, t.tab);
            execute format('create trigger %I after %s on %s referencing %s for each statement '
                           'execute function private.%I(%s)',
                           'ledger_' || ev, ev, t.tab,
                           case ev when 'insert' then 'new table as new_rows'
                                   when 'delete' then 'old table as old_rows'
                                   else 'old table as old_rows new table as new_rows' end,
                           t.fn, case when t.source is null then ''
                                      else quote_literal(t.source) || ', ' || quote_literal(t.cols) end);
        end loop;
    end loop;
end
$$;
drop trigger if exists ledger_metrics on sales.metrics;
create trigger ledger_metrics after insert or update or delete on sales.metrics
    for each statement execute function private.ledger_metrics_changed();

select private.ledger_rebuild();

-- 0033 left the org history without RLS; like every table (tests/test_rls_catalog.py) it enables
-- and forces it, with no policy: only the owner's definer functions read it.
alter table private.employee_units enable row level security;
alter table private.employee_units force row level security;

-- ---------------------------------------------------------------------------
-- 2. Results per person (the shared seam, same signature as 0033) and their overlay
-- ---------------------------------------------------------------------------
-- Each person's revenue credit, overlay credit and assisted credit (revenue credit on contracts
-- someone else owns) of a metric in [first, after), per unit they belonged to on the result's day.
create or replace function private.metric_credits(p_metric text, p_first date, p_after date)
    returns table (employee_id bigint, unit_id bigint, credited numeric, overlay_credit numeric, assisted numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if not exists (select 1 from sales.metrics m where m.code = p_metric) then
        raise exception 'no metric %', p_metric using errcode = 'SD005';
    end if;
    return query
        select d.employee_id, d.unit_id, sum(d.credited), sum(d.overlay_credit), sum(d.assisted)
        from private.metric_daily d
        where d.metric = p_metric and d.day >= p_first and d.day < p_after
        group by d.employee_id, d.unit_id
        having sum(d.records) > 0;
end
$$;

create or replace function private.metric_results(p_metric text, p_first date, p_after date)
    returns table (employee_id bigint, unit_id bigint, credited numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select c.employee_id, c.unit_id, c.credited from private.metric_credits(p_metric, p_first, p_after) c
$$;
revoke all on function private.metric_credits(text, date, date) from public;
revoke all on function private.metric_results(text, date, date) from public;
grant execute on function private.metric_credits(text, date, date), private.metric_results(text, date, date)
    to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 3. Nodes and scope
-- ---------------------------------------------------------------------------
-- The units whose every result the caller sees: all (director, admin), their unit's subtree
-- (unit_tree), their unit (unit); none for 'self' and 'subordinates' (those see people).
create or replace function private.scope_unit_ids() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce((
        select case p.data_scope when 'all' then (select array_agg(u.id) from sales.org_units u)
                                 when 'unit_tree' then private.unit_subtree(e.unit_id)
                                 when 'unit' then array[e.unit_id]
                                 else '{}'::bigint[] end
        from sales.employees e join sales.positions p on p.id = e.position_id
        where e.id = private.current_employee_id()), '{}')
$$;

-- May the caller see this node? Their own person, their own unit, or a node in their scope.
create or replace function private.node_visible(p_kind text, p_id bigint) returns boolean
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select case p_kind
        when 'company' then p_id is null and private.sees_all()
        when 'unit' then exists (select 1 from sales.org_units u where u.id = p_id)
                         and (p_id = any ((select private.scope_unit_ids())::bigint[])
                              or p_id = (select e.unit_id from sales.employees e
                                         where e.id = private.current_employee_id()))
        when 'person' then exists (select 1 from sales.employees e where e.id = p_id)
                           and (p_id = private.current_employee_id() or p_id = any ((select private.visible_owner_ids())::bigint[]))
        else false end
$$;

-- The caller's node checked: a bad kind is a bad request, a hidden node answers as a missing one.
create or replace function private.node_checked(p_kind text, p_id bigint) returns void
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if p_kind is null or p_kind not in ('company', 'unit', 'person') then
        raise exception 'not a valid node' using errcode = 'SD005';
    end if;
    if not private.node_visible(p_kind, p_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
end
$$;

-- A node's total credit of a metric in [first, after): a person's over every unit, a unit's over
-- its subtree (a leaver's results included: they were earned there), the company's over all. One
-- query per kind, each on its index; the subtree is computed once, not per row.
create or replace function private.node_actual(p_metric text, p_kind text, p_id bigint, p_first date, p_after date,
                                               out credited numeric, out overlay_credit numeric, out assisted numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    units bigint[];
    months boolean := p_first = date_trunc('month', p_first)::date and p_after = date_trunc('month', p_after)::date;
begin
    if p_kind = 'company' and months then
        select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
        into credited, overlay_credit, assisted
        from private.metric_monthly d
        where d.metric = p_metric and d.month >= p_first and d.month < p_after;
    elsif p_kind = 'company' then
        select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
        into credited, overlay_credit, assisted
        from private.metric_daily d
        where d.metric = p_metric and d.day >= p_first and d.day < p_after;
    elsif p_kind = 'unit' and months then
        units := private.unit_subtree(p_id);
        select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
        into credited, overlay_credit, assisted
        from unnest(units) u (id)
            join private.metric_monthly d on d.metric = p_metric and d.unit_id = u.id
                                         and d.month >= p_first and d.month < p_after;
    elsif p_kind = 'unit' then
        units := private.unit_subtree(p_id);
        select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
        into credited, overlay_credit, assisted
        from unnest(units) u (id)
            join private.metric_daily d on d.metric = p_metric and d.unit_id = u.id
                                       and d.day >= p_first and d.day < p_after;
    else
        select coalesce(sum(d.credited), 0), coalesce(sum(d.overlay_credit), 0), coalesce(sum(d.assisted), 0)
        into credited, overlay_credit, assisted
        from private.metric_daily d
        where d.metric = p_metric and d.employee_id = p_id and d.day >= p_first and d.day < p_after;
    end if;
end
$$;

-- The people credited in one unit (not its subtree) in [first, after), with their credit there,
-- and its present members at 0: a unit's person rows, which add up to the unit's own results.
create or replace function private.unit_member_credits(p_metric text, p_unit_id bigint, p_first date, p_after date)
    returns table (employee_id bigint, credited numeric, overlay_credit numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select x.employee_id, sum(x.credited), sum(x.overlay_credit)
    from (select d.employee_id, d.credited, d.overlay_credit
          from private.metric_daily d
          where d.metric = p_metric and d.unit_id = p_unit_id and d.day >= p_first and d.day < p_after
            and d.records > 0
          union all
          select e.id, 0, 0 from sales.employees e where e.unit_id = p_unit_id and e.active) x
    group by x.employee_id
$$;

-- Some people's credit of a metric in [first, after), over every unit.
create or replace function private.people_credits(p_metric text, p_ids bigint[], p_first date, p_after date)
    returns table (employee_id bigint, credited numeric, overlay_credit numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select d.employee_id, sum(d.credited), sum(d.overlay_credit)
    from private.metric_daily d
    where d.metric = p_metric and d.employee_id = any (p_ids) and d.day >= p_first and d.day < p_after
    group by d.employee_id
$$;

-- New deals of a node in [first, after): opportunities created by its people, counted for the
-- unit their owner was in that day (no maintained sum: the briefing is read far less than the
-- dashboards; opportunities_created_idx serves the range).
create or replace function private.node_new_deals(p_kind text, p_id bigint, p_first date, p_after date)
    returns numeric
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select count(*)::numeric
    from sales.opportunities o
        join private.employee_units u on u.employee_id = o.owner_id
             and u.valid_from <= private.result_day(o.created_at)
             and (u.valid_to is null or private.result_day(o.created_at) < u.valid_to)
    where o.created_at >= p_first::timestamptz and o.created_at < p_after::timestamptz
      and case p_kind when 'company' then true
                      when 'unit' then u.unit_id = any ((select private.unit_subtree(p_id))::bigint[])
                      else o.owner_id = p_id end
$$;
create index if not exists opportunities_created_idx on sales.opportunities (created_at);
revoke all on function private.node_new_deals(text, bigint, date, date) from public;
grant execute on function private.node_new_deals(text, bigint, date, date) to salesdesk_api;

-- Whole months in [first, after) (periods are months, quarters, years).
create or replace function private.period_months(p_first date, p_after date) returns integer
    language sql immutable
    set search_path = pg_catalog, pg_temp
return (extract(year from age(p_after, p_first)) * 12 + extract(month from age(p_after, p_first)))::integer;

-- The period before a period, and the same period a year earlier.
create or replace function private.period_before(p_first date, p_after date, out first_day date, out after_day date)
    language sql immutable
    set search_path = pg_catalog, pg_temp
as $$
    select (p_first - make_interval(months => private.period_months(p_first, p_after)))::date, p_first
$$;

revoke all on function private.scope_unit_ids(), private.node_visible(text, bigint), private.node_checked(text, bigint),
    private.node_actual(text, text, bigint, date, date), private.period_months(date, date),
    private.period_before(date, date), private.unit_member_credits(text, bigint, date, date),
    private.people_credits(text, bigint[], date, date) from public;
grant execute on function private.unit_member_credits(text, bigint, date, date),
    private.people_credits(text, bigint[], date, date) to salesdesk_api;
grant execute on function private.scope_unit_ids(), private.node_visible(text, bigint),
    private.node_checked(text, bigint), private.node_actual(text, text, bigint, date, date),
    private.period_months(date, date), private.period_before(date, date) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 4. Scorecards: indicators and weights per position
-- ---------------------------------------------------------------------------
insert into sales.permissions (code, name, name_en, description, description_en, sort_order) values
    ('maintain_scorecards', '维护考核指标', 'Maintain scorecards',
     '设定各岗位的KPI考核指标和权重', 'Set each position''s KPI scorecard indicators and weights', 75)
on conflict (code) do nothing;
insert into sales.position_permissions (position_id, permission)
select p.id, 'maintain_scorecards' from sales.positions p where p.code in ('director', 'admin')
on conflict do nothing;

create table if not exists sales.scorecard_items (
    id           bigint generated always as identity primary key,
    position_id  bigint not null references sales.positions (id) on delete cascade,
    indicator    text not null check (indicator in ('contract_amount', 'payments', 'new_customers', 'new_contracts',
                                                    'followups', 'leads_converted', 'satisfaction', 'deal_credit')),
    weight       numeric(5, 2) not null check (weight > 0 and weight <= 100),
    monthly_goal numeric(14, 2) check (monthly_goal > 0),
    sort_order   integer not null default 0,
    created_at   timestamptz not null default now(),
    created_by   bigint,
    updated_at   timestamptz not null default now(),
    updated_by   bigint,
    version      integer not null default 1,
    unique (position_id, indicator)
);
call private.protect_table('sales.scorecard_items');
drop policy if exists "every employee reads the scorecards" on sales.scorecard_items;
create policy "every employee reads the scorecards" on sales.scorecard_items
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
grant select on sales.scorecard_items to salesdesk_api;

-- A position's weights sum to 100 (checked at commit, so a scorecard is rewritten freely).
create or replace function private.check_scorecard_weights() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    pos bigint := case when tg_op = 'DELETE' then old.position_id else new.position_id end;
    total numeric;
begin
    select sum(weight) into total from sales.scorecard_items where position_id = pos;
    if total is not null and total <> 100 then
        raise exception 'a scorecard''s weights must sum to 100' using errcode = '23514',
            detail = format('they sum to %s', total);
    end if;
    return null;
end
$$;
revoke all on function private.check_scorecard_weights() from public;
drop trigger if exists scorecard_weights on sales.scorecard_items;
create constraint trigger scorecard_weights after insert or update or delete on sales.scorecard_items
    deferrable initially deferred for each row execute function private.check_scorecard_weights();

-- The writer behind api.scorecard_save (which checks the permission first).
create or replace function private.scorecard_write(p_position_id bigint, p_items jsonb) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    delete from sales.scorecard_items s
    where s.position_id = p_position_id
      and s.indicator not in (select x ->> 'indicator' from jsonb_array_elements(p_items) x);
    insert into sales.scorecard_items as s (position_id, indicator, weight, monthly_goal, sort_order)
    select p_position_id, t.indicator, t.weight, t.monthly_goal, t.o::integer
    from rows from (jsonb_to_recordset(p_items) as (indicator text, weight numeric, monthly_goal numeric))
        with ordinality t (indicator, weight, monthly_goal, o)
    on conflict (position_id, indicator) do update
        set weight = excluded.weight, monthly_goal = excluded.monthly_goal, sort_order = excluded.sort_order;
    set constraints sales.scorecard_weights immediate;
end
$$;
revoke all on function private.scorecard_write(bigint, jsonb) from public;
grant execute on function private.scorecard_write(bigint, jsonb) to salesdesk_api;

-- Default scorecards (a new company; kept as they are once edited).
insert into sales.scorecard_items (position_id, indicator, weight, monthly_goal, sort_order)
select p.id, d.indicator, d.weight, d.goal, d.o
from (values ('contract_amount', 40, null, 1), ('payments', 20, null, 2), ('new_customers', 10, 5, 3),
             ('followups', 10, 40, 4), ('satisfaction', 10, 5, 5), ('deal_credit', 10, 20000, 6))
         d (indicator, weight, goal, o)
    cross join sales.positions p
where p.code in ('salesperson', 'supervisor') and not exists (select 1 from sales.scorecard_items)
on conflict do nothing;

-- One person's scorecard over [first, after): per indicator the actual, the goal (the published
-- target when there is one, else the monthly goal x months; satisfaction's goal is the monthly
-- goal, default 5), attainment = actual / goal, points = weight x min(attainment, 1.2).
create or replace function private.scorecard_of(p_employee_id bigint, p_position_id bigint, p_first date, p_after date)
    returns table (indicator text, weight numeric, actual numeric, goal numeric, attainment numeric, points numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with a as (
        select s.indicator, s.weight, s.sort_order,
               case s.indicator
                   when 'satisfaction' then (
                       select avg(f.satisfaction) from sales.followups f join sales.customers k on k.id = f.customer_id
                       where k.owner_id = p_employee_id and f.satisfaction is not null and f.archived_at is null
                         and private.result_day(f.happened_at) >= p_first and private.result_day(f.happened_at) < p_after)
                   when 'deal_credit' then (private.node_actual('contract_amount', 'person', p_employee_id, p_first, p_after)).assisted
                   else (private.node_actual(s.indicator, 'person', p_employee_id, p_first, p_after)).credited end as actual,
               case s.indicator
                   when 'satisfaction' then coalesce(s.monthly_goal, 5)
                   when 'deal_credit' then s.monthly_goal * private.period_months(p_first, p_after)
                   else coalesce(private.node_target(s.indicator, 'person', p_employee_id, p_first, p_after),
                                 s.monthly_goal * private.period_months(p_first, p_after)) end as goal
        from sales.scorecard_items s where s.position_id = p_position_id)
    select a.indicator, a.weight, coalesce(a.actual, 0), a.goal,
           round(coalesce(a.actual, 0) / nullif(a.goal, 0), 4),
           round(a.weight * least(coalesce(coalesce(a.actual, 0) / nullif(a.goal, 0), 0), 1.2), 2)
    from a order by a.sort_order, a.indicator
$$;
revoke all on function private.scorecard_of(bigint, bigint, date, date) from public;
grant execute on function private.scorecard_of(bigint, bigint, date, date) to salesdesk_api;

reset role;
set local role salesdesk_api;

-- ---------------------------------------------------------------------------
-- 5. The API
-- ---------------------------------------------------------------------------
-- Attainment of a node in a period: the node first (role 'node'), then its children (units, then
-- people; the company's are its root unit's, as the targets take the root unit for the company. A
-- unit's people are those credited in that very unit in the period or in it now, each
-- with their result there, so the children add up to the unit; a former employee stays). A child
-- unit shows only when the caller may see it, a child person when the caller sees the unit's
-- every result or the person. target: private.node_target (null: no target); percent: actual /
-- target x 100.
create or replace function api.attainment(p_metric text, p_node_kind text, p_node_id bigint, p_period text)
    returns table (role text, node_kind text, node_id bigint, name text, actual numeric, overlay_credit numeric,
                   target numeric, percent numeric, has_children boolean)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
    set client_min_messages = warning set debug_print_parse = off set debug_print_plan = off
    set debug_print_rewritten = off
as $$
declare
    r record;
    whole boolean;
    -- the company is its root unit (as the targets take it): its children are the root's
    below bigint := case when p_node_kind = 'company'
                         then (select u.id from sales.org_units u where u.parent_id is null order by u.id limit 1)
                         else p_node_id end;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    if not exists (select 1 from sales.metrics m where m.code = p_metric) then
        raise exception 'not a valid metric' using errcode = 'SD005';
    end if;
    begin
        select * into r from private.period_range(p_period);
    exception when invalid_parameter_value then
        raise exception 'not a valid period' using errcode = 'SD005';
    end;
    whole := p_node_kind = 'company' or (p_node_kind = 'unit' and p_node_id = any ((select private.scope_unit_ids())::bigint[]));
    return query
        with nodes (o, role, kind, id, name, has_children, credited, overlay_credit) as (
            select 0, 'node', p_node_kind, p_node_id,
                   case p_node_kind when 'company' then null
                                    when 'unit' then (select u.name from sales.org_units u where u.id = p_node_id)
                                    else (select e.name from sales.employees e where e.id = p_node_id) end,
                   p_node_kind <> 'person', a.credited, a.overlay_credit
            from private.node_actual(p_metric, p_node_kind, p_node_id, r.first_day, r.after_day) a
            union all
            select 1, 'child', 'unit', u.id, u.name, true, a.credited, a.overlay_credit
            from sales.org_units u
                cross join lateral private.node_actual(p_metric, 'unit', u.id, r.first_day, r.after_day) a
            where p_node_kind in ('company', 'unit') and u.parent_id = below
              and private.node_visible('unit', u.id)
            union all
            select 2, 'child', 'person', e.id, e.name, false, c.credited, c.overlay_credit
            from private.unit_member_credits(p_metric, below, r.first_day, r.after_day) c
                join sales.employees e on e.id = c.employee_id
            where p_node_kind in ('company', 'unit')
              and (whole or e.id = private.current_employee_id() or e.id = any ((select private.visible_owner_ids())::bigint[])))
        select n.role, n.kind, n.id, n.name, n.credited, n.overlay_credit, t.target,
               round(n.credited * 100 / nullif(t.target, 0), 1), n.has_children
        from nodes n
            cross join lateral (select private.node_target(p_metric, n.kind, n.id, r.first_day, r.after_day) as target) t
        order by n.o, n.credited desc, n.name, n.id;
end
$$;

-- Rankings in the caller's scope: people (each over every unit) or units (each over its subtree;
-- p_unit_kind narrows to one kind: 'team', 'branch', ...), by a metric in a period.
create or replace function api.ranking(p_metric text, p_period text, p_of text, p_unit_kind text default null)
    returns table (rank bigint, node_kind text, node_id bigint, name text, unit_name text, actual numeric,
                   overlay_credit numeric, target numeric, percent numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
    set client_min_messages = warning set debug_print_parse = off set debug_print_plan = off
    set debug_print_rewritten = off
as $$
declare
    r record;
    me bigint := private.require_employee();
begin
    if p_of is null or p_of not in ('people', 'units')
       or not exists (select 1 from sales.metrics m where m.code = p_metric) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    begin
        select * into r from private.period_range(p_period);
    exception when invalid_parameter_value then
        raise exception 'not a valid period' using errcode = 'SD005';
    end;
    if p_of = 'people' then
        return query
            with people as (
                select e.id, e.name, u.name as unit_name
                from sales.employees e join sales.org_units u on u.id = e.unit_id
                where (e.id = me or e.id = any ((select private.visible_owner_ids())::bigint[]))),
            sums as (
                select * from private.people_credits(p_metric, array(select id from people), r.first_day,
                                                     r.after_day))
            select rank() over (order by coalesce(s.credited, 0) desc), 'person'::text, p.id, p.name, p.unit_name,
                   coalesce(s.credited, 0), coalesce(s.overlay_credit, 0), t.target,
                   round(coalesce(s.credited, 0) * 100 / nullif(t.target, 0), 1)
            from people p left join sums s on s.employee_id = p.id
                cross join lateral (select private.node_target(p_metric, 'person', p.id, r.first_day, r.after_day)
                                    as target) t
            where s.employee_id is not null
               or exists (select 1 from sales.employees e where e.id = p.id and e.active)
            order by 1, p.name, p.id;
    else
        return query
            with units as (
                select u.id, u.name, pu.name as parent_name
                from sales.org_units u left join sales.org_units pu on pu.id = u.parent_id
                where (u.id = any ((select private.scope_unit_ids())::bigint[])
                       or u.id = (select e.unit_id from sales.employees e where e.id = me))
                  and (p_unit_kind is null or u.kind = p_unit_kind))
            select rank() over (order by a.credited desc), 'unit'::text, u.id, u.name, u.parent_name,
                   a.credited, a.overlay_credit, t.target, round(a.credited * 100 / nullif(t.target, 0), 1)
            from units u
                cross join lateral private.node_actual(p_metric, 'unit', u.id, r.first_day, r.after_day) a
                cross join lateral (select private.node_target(p_metric, 'unit', u.id, r.first_day, r.after_day)
                                    as target) t
            order by 1, u.name, u.id;
    end if;
end
$$;

-- The sales briefing of a node for a period: each item now, in the period before and in the same
-- period a year earlier. Items: the metrics (credited as in attainment) and new deals
-- (opportunities created by the node's people, at the unit they were in that day).
create or replace function api.sales_briefing(p_node_kind text, p_node_id bigint, p_period text)
    returns table (item text, current_value numeric, previous_value numeric, last_year_value numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
    set client_min_messages = warning set debug_print_parse = off set debug_print_plan = off
    set debug_print_rewritten = off
as $$
declare
    r record;
    p record;
    y_first date;
    y_after date;
begin
    perform private.node_checked(p_node_kind, p_node_id);
    begin
        select * into r from private.period_range(p_period);
    exception when invalid_parameter_value then
        raise exception 'not a valid period' using errcode = 'SD005';
    end;
    p := private.period_before(r.first_day, r.after_day);
    y_first := (r.first_day - interval '1 year')::date;
    y_after := (r.after_day - interval '1 year')::date;
    return query
        with items (o, item) as (
            values (1, 'new_customers'), (2, 'leads_converted'), (3, 'new_deals'), (4, 'new_contracts'),
                   (5, 'contract_amount'), (6, 'payments'), (7, 'followups')),
        ranges (k, first_day, after_day) as (
            values (0, r.first_day, r.after_day), (1, p.first_day, p.after_day), (2, y_first, y_after)),
        vals as (
            select i.o, i.item, g.k,
                   case when i.item = 'new_deals' then private.node_new_deals(p_node_kind, p_node_id, g.first_day, g.after_day)
                        else (private.node_actual(i.item, p_node_kind, p_node_id, g.first_day, g.after_day)).credited
                   end as v
            from items i cross join ranges g)
        select v.item, max(v.v) filter (where v.k = 0), max(v.v) filter (where v.k = 1), max(v.v) filter (where v.k = 2)
        from vals v group by v.o, v.item order by v.o;
end
$$;

-- A position's scorecard: its indicators, weights and monthly goals.
create or replace function api.scorecard_items(p_position_code text)
    returns table (indicator text, weight numeric, monthly_goal numeric, sort_order integer, version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        select s.indicator, s.weight, s.monthly_goal, s.sort_order, s.version
        from sales.scorecard_items s join sales.positions p on p.id = s.position_id
        where p.code = p_position_code
        order by s.sort_order, s.indicator;
end
$$;

-- Rewrite a position's scorecard: [{indicator, weight, monthly_goal}], in order; the weights sum
-- to 100. Needs maintain_scorecards.
create or replace function api.scorecard_save(p_position_code text, p_items jsonb) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set client_min_messages = warning
as $$
declare
    pos bigint;
begin
    perform private.require_permission('maintain_scorecards');
    select p.id into pos from sales.positions p where p.code = p_position_code;
    if pos is null then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if jsonb_typeof(coalesce(p_items, 'null')) <> 'array'
       or exists (select 1 from jsonb_array_elements(p_items) x
                  where jsonb_typeof(x) <> 'object'
                     or exists (select 1 from jsonb_object_keys(x) k
                                where k not in ('indicator', 'weight', 'monthly_goal'))) then
        raise exception 'not a valid scorecard' using errcode = 'SD005';
    end if;
    begin
        perform private.scorecard_write(pos, p_items);
    exception
        when data_exception then
            raise exception 'a value does not fit its field' using errcode = 'SD005';
        when unique_violation then
            raise exception 'an indicator is named twice' using errcode = '23514';
        when not_null_violation then
            raise exception 'an indicator needs a name and a weight' using errcode = '23514';
    end;
end
$$;

-- Scores of the people of one position in the caller's scope, ranked (ties share a rank); each
-- row's indicators as JSON [{indicator, weight, actual, goal, attainment, points}].
create or replace function api.scorecard(p_position_code text, p_period text)
    returns table (rank bigint, employee_id bigint, name text, unit_name text, score numeric, indicators jsonb)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
    set client_min_messages = warning set debug_print_parse = off set debug_print_plan = off
    set debug_print_rewritten = off
as $$
declare
    r record;
    me bigint := private.require_employee();
    pos bigint;
begin
    select p.id into pos from sales.positions p where p.code = p_position_code;
    if pos is null then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    begin
        select * into r from private.period_range(p_period);
    exception when invalid_parameter_value then
        raise exception 'not a valid period' using errcode = 'SD005';
    end;
    return query
        with people as (
            select e.id, e.name, u.name as unit_name
            from sales.employees e join sales.org_units u on u.id = e.unit_id
            where e.position_id = pos and e.active
              and (e.id = me or e.id = any ((select private.visible_owner_ids())::bigint[]))),
        scored as (
            select p.id, p.name, p.unit_name, coalesce(sum(s.points), 0) as score,
                   coalesce(jsonb_agg(jsonb_build_object('indicator', s.indicator, 'weight', s.weight, 'actual', s.actual,
                                                    'goal', s.goal, 'attainment', s.attainment, 'points', s.points)
                                  order by s.ord) filter (where s.indicator is not null), '[]') as ind
            from people p
                left join lateral (select c.*, row_number() over () as ord
                                   from private.scorecard_of(p.id, pos, r.first_day, r.after_day) c) s on true
            group by p.id, p.name, p.unit_name)
        select rank() over (order by s.score desc), s.id, s.name, s.unit_name, s.score, s.ind
        from scored s order by 1, s.name, s.id;
end
$$;

grant execute on function api.attainment(text, text, bigint, text), api.ranking(text, text, text, text),
    api.sales_briefing(text, bigint, text), api.scorecard_items(text), api.scorecard_save(text, jsonb),
    api.scorecard(text, text) to salesdesk_user;

reset role;
