-- The calibration's win rates read for the teams asked about, and the company's from kept company
-- days (issue 14 §4 and §7), so a manager's forecast does not sum every team of the company.
--
-- private.stage_win_rates(p_as_of) (0055) summed, for every team of the company, the kept months
-- inside the twelve-month window and the days of its two partial months, and grouped them by
-- (stage, team) and by (stage): the company row. Its callers then used the rows of a few teams (a
-- manager's forecast the teams of their region, the calibration page the caller's teams, the
-- forecast's deals their owners' teams) and the company row. At full size (1,000 teams, 92,931
-- kept months, 713,573 kept days) it took 39 ms a call, two thirds of the biggest manager's
-- forecast (59 ms p50) and most of the 8 ms by which their dashboard missed its 100 ms.
--
-- Now:
-- * private.stage_close_company_days keeps, per closing day and open stage, the sum of the teams'
--   kept days (0055's company row, the sum of the teams', by day): at most 366 x stages rows in a
--   window. It is kept where the teams' days are, in private.stage_close_recompute (under the
--   months' locks its caller holds) and private.stage_win_counts_rebuild.
-- * private.stage_win_rates(p_as_of, p_teams) returns the rows of the teams in p_teams (every team
--   when null), each read by its own index range on (unit_id, month) and (unit_id, day), and the
--   company row from the company days. The one-argument form is dropped; its three callers pass
--   the teams they use: private.forecast_groups the teams of its groups (null when it reads the
--   whole company), private.forecast_rows its owners' teams (null for the whole company) and
--   api.forecast_calibration the caller's teams.
--
-- The rows are 0055's (tests/test_win_rates_kept.py compares them, for every team and for a few,
-- with 0036's computation over the raw rows after every kind of write).

set local role salesdesk_owner;

create table private.stage_close_company_days (
    day      date not null,
    stage_id bigint not null,
    closed   bigint not null,  -- deals closed that day that passed the stage (the teams' sum)
    won      bigint not null,  -- of which won
    primary key (day, stage_id)
);
alter table private.stage_close_company_days owner to salesdesk_owner;
alter table private.stage_close_company_days enable row level security;
alter table private.stage_close_company_days force row level security;
-- no policy and no grant: only the owner's functions below read and write these rows

insert into private.stage_close_company_days (day, stage_id, closed, won)
select d.day, d.stage_id, sum(d.closed), sum(d.won)
from private.stage_close_days d group by d.day, d.stage_id;

-- a team's window read as one index range, its counts in the index (a team's rows lie one to a
-- heap page: by the primary key's order, day or month first; at full size the heap reads of a
-- region's 138 teams took 30 ms)
create index stage_close_days_unit_idx on private.stage_close_days (unit_id, day) include (stage_id, closed, won);
create index stage_close_months_unit_idx on private.stage_close_months (unit_id, month)
    include (stage_id, closed, won);

-- 0055's, and the company days of p_days summed again from the teams' days just written
create or replace function private.stage_close_recompute(p_days date[]) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    ids bigint[] := array(select x.id from unnest(p_days) d (day)
                          cross join lateral (select o.id from sales.opportunities o
                                              where o.closed_at >= d.day and o.closed_at < d.day + 1
                                              offset 0) x);
begin
    with gone as (
        delete from private.stage_close_days where day = any (p_days) returning *
    )
    insert into private.stage_close_months as m (month, unit_id, stage_id, closed, won)
    select date_trunc('month', d.day)::date, d.unit_id, d.stage_id, -sum(d.closed), -sum(d.won)
    from gone d group by 1, 2, 3 order by 1, 2, 3
    on conflict (month, unit_id, stage_id) do update set closed = m.closed + excluded.closed,
                                                         won = m.won + excluded.won;
    with made as (
        insert into private.stage_close_days (day, unit_id, stage_id, closed, won)
        select r.day, r.unit_id, r.stage_id, r.closed, r.won from private.stage_close_rows(ids) r
        returning *
    )
    insert into private.stage_close_months as m (month, unit_id, stage_id, closed, won)
    select date_trunc('month', d.day)::date, d.unit_id, d.stage_id, sum(d.closed), sum(d.won)
    from made d group by 1, 2, 3 order by 1, 2, 3
    on conflict (month, unit_id, stage_id) do update set closed = m.closed + excluded.closed,
                                                         won = m.won + excluded.won;
    delete from private.stage_close_months m
    where m.closed = 0 and m.month in (select date_trunc('month', d)::date from unnest(p_days) d);
    delete from private.stage_close_company_days where day = any (p_days);
    insert into private.stage_close_company_days (day, stage_id, closed, won)
    select d.day, d.stage_id, sum(d.closed), sum(d.won)
    from private.stage_close_days d where d.day = any (p_days)
    group by d.day, d.stage_id;
end
$$;

create or replace function private.stage_win_counts_rebuild() returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    lock table private.stage_close_locks in exclusive mode;
    delete from private.stage_close_days;
    delete from private.stage_close_months;
    delete from private.stage_close_company_days;
    insert into private.stage_close_days (day, unit_id, stage_id, closed, won)
    select r.day, r.unit_id, r.stage_id, r.closed, r.won from private.stage_close_rows(null) r;
    insert into private.stage_close_months (month, unit_id, stage_id, closed, won)
    select date_trunc('month', d.day)::date, d.unit_id, d.stage_id, sum(d.closed), sum(d.won)
    from private.stage_close_days d group by 1, 2, 3;
    insert into private.stage_close_company_days (day, stage_id, closed, won)
    select d.day, d.stage_id, sum(d.closed), sum(d.won)
    from private.stage_close_days d group by 1, 2;
end
$$;

-- The deals closed in the twelve months before p_as_of, by (open stage passed, the owner's team on
-- the closing day) for the teams in p_teams (every team when null), and by (stage) for the company
-- (unit_id null). The whole months inside the day-exact window come from the kept months, its two
-- partial months from the kept days.
create function private.stage_win_rates(p_as_of date, p_teams bigint[])
    returns table (stage_id bigint, unit_id bigint, closed bigint, won bigint)
    language sql stable security definer set search_path = pg_catalog, pg_temp
as $$
    with w as (
        select b.first_day, b.after_day,
               (date_trunc('month', b.first_day - 1) + interval '1 month')::date as first_month,
               date_trunc('month', b.after_day)::date as after_month
        from (select (p_as_of - interval '12 months')::date as first_day, p_as_of as after_day) b
    ), teams as (
        select distinct t.id from unnest(p_teams) t (id) where t.id is not null
    ), c as (
        select m.stage_id, m.unit_id, m.closed, m.won
        from w join private.stage_close_months m on m.month >= w.first_month and m.month < w.after_month
        where p_teams is null
        union all
        select d.stage_id, d.unit_id, d.closed, d.won
        from w join private.stage_close_days d
            on d.day >= w.first_day and d.day < least(w.first_month, w.after_day)
        where p_teams is null
        union all
        select d.stage_id, d.unit_id, d.closed, d.won
        from w join private.stage_close_days d
            on d.day >= greatest(w.after_month, w.first_month) and d.day < w.after_day
        where p_teams is null
        union all
        select m.stage_id, m.unit_id, m.closed, m.won
        from w cross join teams t
        join private.stage_close_months m
            on m.unit_id = t.id and m.month >= w.first_month and m.month < w.after_month
        union all
        select d.stage_id, d.unit_id, d.closed, d.won
        from w cross join teams t
        join private.stage_close_days d
            on d.unit_id = t.id and d.day >= w.first_day and d.day < least(w.first_month, w.after_day)
        union all
        select d.stage_id, d.unit_id, d.closed, d.won
        from w cross join teams t
        join private.stage_close_days d
            on d.unit_id = t.id and d.day >= greatest(w.after_month, w.first_month) and d.day < w.after_day
    )
    select c.stage_id, c.unit_id, sum(c.closed)::bigint, sum(c.won)::bigint
    from c group by c.stage_id, c.unit_id
    union all
    select d.stage_id, null, sum(d.closed)::bigint, sum(d.won)::bigint
    from w join private.stage_close_company_days d on d.day >= w.first_day and d.day < w.after_day
    group by d.stage_id
$$;
grant execute on function private.stage_win_rates(date, bigint[]) to salesdesk_api;

-- 0059's, the rates read for the teams of the groups (every team when the whole company is read)
create or replace function private.forecast_groups(p_owners bigint[], p_first date, p_after date,
                                                   p_as_of date, p_all boolean, p_seen bigint[],
                                                   p_shared bigint[], p_itemise bigint[])
    returns table (owner_id bigint, unit_id bigint, stage_id bigint, month date, category text,
                   deals bigint, amount numeric, weighted numeric, calibrated numeric)
    language sql stable
as $$
    with counted as materialized (  -- the owners counted one by one or by unit; none listed when all are
        select e.id, e.unit_id
        from (select distinct x from unnest(case when p_all then p_owners else p_seen end) x) s (id)
        join sales.employees e on e.id = s.id
        where p_all or p_owners is null or s.id in (select unnest(p_owners))
    ), whole as materialized (  -- the units read as one: every member counted, not itemised
        select u.id from sales.org_units u
        where p_all and p_owners is null and u.id <> all (p_itemise)
        union all
        select c.unit_id from counted c
        where c.unit_id <> all (p_itemise)
        group by c.unit_id
        having count(*) = (select count(*) from sales.employees m where m.unit_id = c.unit_id)
    ), g as materialized (
        select null::bigint as owner_id, t.unit_id, t.stage_id, t.month, t.category, t.deals, t.amount,
               t.weighted
        from whole w
        join private.forecast_unit_totals t on t.unit_id = w.id and t.month >= p_first and t.month < p_after
        union all
        select t.owner_id, e.unit_id, t.stage_id, t.month, t.category, t.deals, t.amount, t.weighted
        from sales.employees e
        join private.forecast_totals t on t.owner_id = e.id and t.month >= p_first and t.month < p_after
        where p_all and p_owners is null and e.unit_id = any (p_itemise)
        union all
        select t.owner_id, c.unit_id, t.stage_id, t.month, t.category, t.deals, t.amount, t.weighted
        from counted c
        join private.forecast_totals t on t.owner_id = c.id and t.month >= p_first and t.month < p_after
        where c.unit_id not in (select w.id from whole w)
        union all
        select o.owner_id, e.unit_id, o.stage_id, k.month, k.category, count(*), sum(o.amount),
               sum(round(o.amount * o.probability / 100, 2))
        from sales.opportunities o
        join sales.opportunity_stages s on s.id = o.stage_id
        join sales.employees e on e.id = o.owner_id
        cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                                o.forecast_category) k
        where not p_all and o.id = any (p_shared) and (o.owner_id = any (p_seen)) is not true
          and (p_owners is null or o.owner_id = any (p_owners))
          and (s.outcome = 'won' and o.closed_at >= p_first and o.closed_at < p_after
               or s.outcome is null and o.expected_close_date >= p_first and o.expected_close_date < p_after)
        group by 1, 2, 3, 4, 5
    ), rates as materialized (
        select * from private.stage_win_rates(
            p_as_of, case when not (p_all and p_owners is null) then array(select distinct g.unit_id from g) end)
    ), rate as (  -- per open stage and team (the teams read here): once, not per group
        select s.id as stage_id, u.id as unit_id, c.rate
        from sales.opportunity_stages s cross join sales.org_units u
        left join rates t on t.stage_id = s.id and t.unit_id = u.id
        left join rates w on w.stage_id = s.id and w.unit_id is null
        cross join lateral private.calibrated_rate(t.closed, t.won, w.closed, w.won, s.probability) c
        where s.outcome is null and u.id in (select g.unit_id from g)
    )
    select g.owner_id, g.unit_id, g.stage_id, g.month, g.category, g.deals, g.amount, g.weighted,
           case when g.category = 'closed' then g.amount  -- won: 100 %
                else g.amount * r.rate * 0.01 end     -- exact: a product never rounds
    from g
    left join rate r on r.stage_id = g.stage_id and r.unit_id = g.unit_id
$$;

-- 0048's, the rates read for the owners' teams (every team when the whole company is read)
create or replace function private.forecast_rows(p_owners bigint[], p_first date, p_after date, p_as_of date)
    returns table (id bigint, owner_id bigint, unit_id bigint, stage_id bigint, month date, category text,
                   amount numeric, probability numeric, calibrated_probability numeric, rate_source text,
                   weighted numeric, calibrated numeric)
    language sql stable
as $$
    with rates as materialized (
        select * from private.stage_win_rates(
            p_as_of, case when p_owners is not null
                          then array(select distinct e.unit_id from sales.employees e
                                     where e.id = any (p_owners)) end)
    )
    select o.id, o.owner_id, e.unit_id, o.stage_id,
           date_trunc('month', case when s.outcome = 'won' then o.closed_at::date
                                    else o.expected_close_date end)::date,
           case when s.outcome = 'won' then 'closed' else o.forecast_category end,
           o.amount, o.probability, c.rate, c.source,
           round(o.amount * o.probability / 100, 2), round(o.amount * c.rate / 100, 2)
    from sales.opportunities o
    join sales.opportunity_stages s on s.id = o.stage_id
    join sales.employees e on e.id = o.owner_id
    left join rates t on t.stage_id = o.stage_id and t.unit_id = e.unit_id
    left join rates w on w.stage_id = o.stage_id and w.unit_id is null
    cross join lateral (
        select case when s.outcome = 'won' then 100::numeric else r.rate end as rate,
               case when s.outcome = 'won' then 'won' else r.source end as source
        from private.calibrated_rate(t.closed, t.won, w.closed, w.won, s.probability) r) c
    where o.archived_at is null and (p_owners is null or o.owner_id = any (p_owners))
      and (s.outcome is null and o.forecast_category in ('commit', 'best_case', 'pipeline')
           and o.expected_close_date >= p_first and o.expected_close_date < p_after
           or s.outcome = 'won' and o.closed_at >= p_first and o.closed_at < p_after)
$$;

drop function private.stage_win_rates(date);

reset role;
set local role salesdesk_api;

-- 0036's, the rates read for the caller's teams
create or replace function api.forecast_calibration(p_as_of date default null)
returns table (stage_id bigint, stage_position integer, name text, name_en text, configured numeric,
               unit_id bigint, unit_name text, closed bigint, won bigint, win_rate numeric,
               used_rate numeric, rate_source text)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    as_of date := coalesce(p_as_of, current_date);
    teams bigint[];
begin
    perform private.require_employee();
    if not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    teams := private.forecast_units()
             || (select e.unit_id from sales.employees e where e.id = private.current_employee_id());
    return query
        with rates as materialized (select * from private.stage_win_rates(as_of, teams))
        select s.id, s.position, s.name, s.name_en, s.probability, t.id, t.name,
               coalesce(r.closed, 0), coalesce(r.won, 0),
               case when r.closed > 0 then round(100.0 * r.won / r.closed, 2) end,
               c.rate, c.source
        from sales.opportunity_stages s
        cross join (select null::bigint as id, null::text as name, 0 as o
                    union all select u.id, u.name, 1 from sales.org_units u where u.id = any (teams)) t
        left join rates r on r.stage_id = s.id and r.unit_id is not distinct from t.id
        left join rates w on w.stage_id = s.id and w.unit_id is null
        cross join lateral private.calibrated_rate(case when t.id is not null then r.closed end,
                                                   case when t.id is not null then r.won end,
                                                   w.closed, w.won, s.probability) c
        where s.outcome is null and s.active
          and (t.id is null or r.closed is not null or t.id = teams[cardinality(teams)])
        order by s.process_id, s.position, t.o, t.name, t.id;
end
$$;

reset role;
