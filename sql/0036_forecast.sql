-- 0036 Funnel and forecast with calibrated probabilities (issue 14 §4).
--
-- 1. Nodes. A forecast or a funnel is asked for a node: the company (node_id null), a unit (its
--    whole subtree: deals whose owner belongs to it now), or a person (their deals). The caller
--    may open the company when they see everything, the units of their own unit's subtree when
--    they are a supervisor or a manager (every unit when they see everything), and a person they
--    see (themselves, their visible owners). Any other node, and a node that does not exist,
--    answer alike: P0002. Which deals count is never decided here: the API functions read
--    sales.opportunities as the API role, so its row-level security (owners in scope, shares,
--    deal teams) decides, exactly as for the pipeline board; the node only narrows.
-- 2. The funnel per stage: deals in the stage now and their amount; of the deals that entered the
--    stage in the period (any time without one), how many later reached a further stage that is
--    not a loss (conversion to the next stage: deals may skip one); and the average days a stay in
--    the stage lasted (stays that ended; entries in the period), all from
--    sales.opportunity_stage_history.
-- 3. Calibration: for each open stage S, the share won of the deals that were in S (stage history)
--    and closed (won or lost, not archived) in the twelve months before the day asked, per team
--    (the unit the owner belonged to on the closing day, private.unit_on) and company-wide. A
--    deal's calibrated probability is its owner's team's rate for its stage when that team closed
--    at least private.calibration_min_sample() (10) such deals, else the company's rate when the
--    company closed at least as many, else the stage's configured probability.
-- 4. The forecast per month of expected close and category (commit / best case / pipeline, with
--    the deals won in the month beside as 'closed'), weighted two ways: by the deal's own
--    (configured) probability and by the calibrated one; the node's published target
--    (private.node_target, contract amount) per month; and the latest manager adjustment.
-- 5. Adjustments (sales.forecast_adjustments): a supervisor or manager records an adjusted figure
--    for their own unit, the director for the company, per month and category, with a note. Rows
--    are only ever added (no UPDATE/DELETE for anyone): the latest is shown, the history kept, and
--    the subordinates' figures are never touched. Read by whoever may open the node.
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- 1. Nodes
-- ---------------------------------------------------------------------------
create or replace function private.calibration_min_sample() returns integer
    language sql immutable
    set search_path = pg_catalog, pg_temp
as $$ select 10 $$;

-- The caller's level ('director', 'manager', …), null for no employee.
create or replace function private.current_level() returns text
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select p.level from sales.employees e join sales.positions p on p.id = e.position_id
    where e.id = private.current_employee_id()
$$;

-- The units the caller may open as forecast and funnel nodes.
create or replace function private.forecast_units() returns bigint[]
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.current_employee_id();
begin
    if me is null then
        return '{}';
    elsif private.sees_all() then
        return (select coalesce(array_agg(u.id), '{}') from sales.org_units u);
    elsif private.current_level() in ('supervisor', 'manager') then
        return private.unit_subtree((select e.unit_id from sales.employees e where e.id = me));
    end if;
    return '{}';
end
$$;

-- The owners a node covers (null: every owner, the company), or P0002 when the caller may not
-- open it or it does not exist; SD005 for a kind that is no node kind.
create or replace function private.forecast_node_owners(p_node_kind text, p_node_id bigint) returns bigint[]
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.current_employee_id();
begin
    if me is null then
        raise exception 'not an employee' using errcode = '42501';
    end if;
    if p_node_kind = 'company' and p_node_id is null then
        if private.sees_all() then
            return null;
        end if;
    elsif p_node_kind = 'unit' and p_node_id is not null then
        if p_node_id = any (private.forecast_units()) then
            return (select coalesce(array_agg(e.id), '{}') from sales.employees e
                    where e.unit_id = any (private.unit_subtree(p_node_id)));
        end if;
    elsif p_node_kind = 'person' and p_node_id is not null then
        if p_node_id = me or private.sees_all() and exists (select from sales.employees e where e.id = p_node_id)
           or p_node_id = any (private.visible_owner_ids()) then
            return array[p_node_id];
        end if;
    else
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    raise exception 'record not found' using errcode = 'P0002';
end
$$;

-- ---------------------------------------------------------------------------
-- 3. Calibration: per open stage, closed and won deals per team (unit_id) and company (null)
-- ---------------------------------------------------------------------------
create or replace function private.stage_win_rates(p_as_of date)
    returns table (stage_id bigint, unit_id bigint, closed bigint, won bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with closed as (
        select o.id, s.outcome = 'won' as won, u.unit_id as team
        from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id
        join private.employee_units u
            on u.employee_id = o.owner_id and u.valid_from <= o.closed_at::date
           and (u.valid_to is null or o.closed_at::date < u.valid_to)
        where s.outcome is not null and o.archived_at is null
          and o.closed_at >= (p_as_of - interval '12 months') and o.closed_at < p_as_of
    ), passed as (
        select distinct c.id, c.won, c.team, h.to_stage_id as stage_id
        from closed c join sales.opportunity_stage_history h on h.opportunity_id = c.id
        join sales.opportunity_stages s on s.id = h.to_stage_id
        where s.outcome is null
    )
    select p.stage_id, p.team, count(*), count(*) filter (where p.won)
    from passed p group by grouping sets ((p.stage_id, p.team), (p.stage_id))
$$;

-- The rate used for a stage: the team's (closed and won deals through it), else the company's,
-- else the configured probability; with where it comes from. Plain SQL, inlined into its callers.
create or replace function private.calibrated_rate(p_team_closed bigint, p_team_won bigint,
                                                   p_company_closed bigint, p_company_won bigint,
                                                   p_configured numeric)
    returns table (rate numeric, source text)
    language sql immutable  -- no SET clause: that would keep it from being inlined
as $$
    select case when p_team_closed >= private.calibration_min_sample()
                    then round(100.0 * p_team_won / p_team_closed, 2)
                when p_company_closed >= private.calibration_min_sample()
                    then round(100.0 * p_company_won / p_company_closed, 2)
                else p_configured end,
           case when p_team_closed >= private.calibration_min_sample() then 'team'
                when p_company_closed >= private.calibration_min_sample() then 'company'
                else 'configured' end
$$;

-- The stage history of deals the caller has already read under row-level security (the funnel
-- passes the ids of its deals): read here once by id, instead of the history's policy checking
-- the deal again for every row.
create or replace function private.stage_history_of(p_ids bigint[])
    returns table (opportunity_id bigint, id bigint, changed_at timestamptz, to_stage_id bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select h.opportunity_id, h.id, h.changed_at, h.to_stage_id
    from sales.opportunity_stage_history h where h.opportunity_id = any (p_ids)
$$;

-- ---------------------------------------------------------------------------
-- 5. Adjustments
-- ---------------------------------------------------------------------------
create table if not exists sales.forecast_adjustments (
    id         bigint generated always as identity primary key,
    unit_id    bigint references sales.org_units (id),  -- null: the company
    month      date not null check (extract(day from month) = 1),
    category   text not null check (category in ('commit', 'best_case', 'pipeline')),
    amount     numeric(14,2) not null check (amount >= 0),
    note       text check (note is null or length(note) <= 500),
    created_at timestamptz not null default now(),
    created_by bigint references sales.employees (id),
    updated_at timestamptz not null default now(),
    updated_by bigint,
    version    integer not null default 1
);
create index if not exists forecast_adjustments_node_idx
    on sales.forecast_adjustments (unit_id, month, category, id);
call private.protect_table('sales.forecast_adjustments');

-- May the caller adjust this node: their own unit as a supervisor or manager, the company
-- (null) as the director.
create or replace function private.may_adjust_forecast(p_unit_id bigint) returns boolean
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce((
        select case when p.level = 'director' then p_unit_id is null
                    when p.level in ('supervisor', 'manager') then p_unit_id = e.unit_id
                    else false end
        from sales.employees e join sales.positions p on p.id = e.position_id
        where e.id = private.current_employee_id()), false)
$$;

drop policy if exists "whoever may open the node reads its adjustments" on sales.forecast_adjustments;
create policy "whoever may open the node reads its adjustments" on sales.forecast_adjustments
    for select to salesdesk_api
    using (case when unit_id is null then (select private.sees_all())
                else unit_id = any ((select private.forecast_units())::bigint[]) end);
drop policy if exists "a manager adds adjustments to their own node only" on sales.forecast_adjustments;
create policy "a manager adds adjustments to their own node only" on sales.forecast_adjustments
    for insert to salesdesk_api
    with check (private.may_adjust_forecast(unit_id)
                and created_by = (select private.current_employee_id()));
grant select on sales.forecast_adjustments to salesdesk_api;
grant insert (unit_id, month, category, amount, note) on sales.forecast_adjustments to salesdesk_api;

revoke all on function private.calibration_min_sample(), private.current_level(), private.forecast_units(),
    private.forecast_node_owners(text, bigint), private.stage_win_rates(date),
    private.calibrated_rate(bigint, bigint, bigint, bigint, numeric), private.may_adjust_forecast(bigint),
    private.stage_history_of(bigint[]) from public;
grant execute on function private.calibration_min_sample(), private.current_level(), private.forecast_units(),
    private.forecast_node_owners(text, bigint), private.calibrated_rate(bigint, bigint, bigint, bigint, numeric),
    private.stage_win_rates(date), private.may_adjust_forecast(bigint), private.stage_history_of(bigint[])
    to salesdesk_api;

reset role;
set local role salesdesk_api;

-- ---------------------------------------------------------------------------
-- The API
-- ---------------------------------------------------------------------------

-- The nodes the caller may open: the company (when they see everything), their units, themselves.
create or replace function api.forecast_nodes()
    returns table (node_kind text, node_id bigint, name text, parent_id bigint, depth integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    units bigint[] := private.forecast_units();
    me bigint := private.current_employee_id();
begin
    perform private.require_employee();
    return query
        with recursive t (id, name, parent_id, depth, path) as (
            select u.id, u.name, u.parent_id, 1, array[u.name]
            from sales.org_units u
            where u.id = any (units) and (u.parent_id is null or u.parent_id <> all (units))
            union all
            select u.id, u.name, u.parent_id, t.depth + 1, t.path || u.name
            from t join sales.org_units u on u.parent_id = t.id where u.id = any (units)
        )
        select 'company', null::bigint, null::text, null::bigint, 0 where private.sees_all()
        union all
        select * from (select 'unit', t.id, t.name, t.parent_id, t.depth from t order by t.path) x
        union all
        select 'person', e.id, e.name, e.unit_id, 0 from sales.employees e where e.id = me;
end
$$;

-- The funnel of a node's deals the caller sees, per stage (see the header, 2).
create or replace function api.funnel(p_node_kind text, p_node_id bigint, p_period text default null)
    returns table (stage_id bigint, stage_position integer, code text, name text, name_en text, outcome text,
                   deals bigint, amount numeric, reached bigint, advanced bigint, conversion numeric,
                   avg_days numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);
    first_day date;
    after_day date;
begin
    if p_period is not null then
        select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    end if;
    return query
        with d as materialized (
            select o.id, o.stage_id, o.amount from sales.opportunities o
            where o.archived_at is null and (owners is null or o.owner_id = any (owners))
        ), h as (
            select h.opportunity_id, h.to_stage_id, h.changed_at,
                   lead(h.changed_at) over w as left_at,
                   max(case when s.outcome is distinct from 'lost' then s.position end)
                       over (w rows between 1 following and unbounded following) as later_position
            from private.stage_history_of(array(select d.id from d)) h
            join sales.opportunity_stages s on s.id = h.to_stage_id
            window w as (partition by h.opportunity_id order by h.changed_at, h.id)
        ), e as (
            select h.to_stage_id as stage_id,
                   count(distinct h.opportunity_id) as reached,
                   count(distinct h.opportunity_id) filter (where h.later_position > s.position) as advanced,
                   round(avg(extract(epoch from h.left_at - h.changed_at) / 86400)::numeric, 1) as avg_days
            from h join sales.opportunity_stages s on s.id = h.to_stage_id
            where (first_day is null or h.changed_at >= first_day and h.changed_at < after_day)
            group by h.to_stage_id
        ), now_in as (
            select d.stage_id, count(*) as deals, sum(d.amount) as amount from d group by d.stage_id
        )
        select s.id, s.position, s.code, s.name, s.name_en, s.outcome,
               coalesce(n.deals, 0), coalesce(n.amount, 0), coalesce(e.reached, 0), coalesce(e.advanced, 0),
               case when s.outcome is null and e.reached > 0 then round(100.0 * e.advanced / e.reached, 1) end,
               e.avg_days
        from sales.opportunity_stages s
        left join e on e.stage_id = s.id left join now_in n on n.stage_id = s.id
        where s.active or n.deals > 0 or e.reached > 0
        order by s.process_id, s.position;
end
$$;

-- A node's deals in the forecast of a period, each with both weightings (see the header, 3-4):
-- open deals by their expected close date, deals won by the day they were won ('closed').
create or replace function api.forecast_deals(p_node_kind text, p_node_id bigint, p_period text,
                                              p_as_of date default null)
    returns table (id bigint, title text, owner_id bigint, owner_name text, unit_id bigint, stage_id bigint,
                   month date, category text, amount numeric, probability numeric,
                   calibrated_probability numeric, rate_source text, weighted numeric, calibrated numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);
    as_of date := coalesce(p_as_of, current_date);
    first_day date;
    after_day date;
begin
    if p_period is null or not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        with rates as materialized (select * from private.stage_win_rates(as_of))
        select o.id, o.title, o.owner_id, e.name, e.unit_id, o.stage_id,
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
        where o.archived_at is null and (owners is null or o.owner_id = any (owners))
          and (s.outcome is null and o.forecast_category in ('commit', 'best_case', 'pipeline')
               and o.expected_close_date >= first_day and o.expected_close_date < after_day
               or s.outcome = 'won' and o.closed_at >= first_day and o.closed_at < after_day)
        order by 7, 8, o.amount desc, o.id;
end
$$;

-- The forecast of a node: a row per month of the period and category (commit, best_case,
-- pipeline, closed), with the target of the month and the latest adjustment beside.
create or replace function api.forecast(p_node_kind text, p_node_id bigint, p_period text,
                                        p_as_of date default null)
    returns table (month date, category text, deals bigint, amount numeric, weighted numeric, calibrated numeric,
                   target numeric, adjusted numeric, adjusted_by text, adjusted_at timestamptz,
                   adjustment_note text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    first_day date;
    after_day date;
    adjustable boolean := p_node_kind in ('company', 'unit');
begin
    if p_period is null then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        with f as (
            select * from api.forecast_deals(p_node_kind, p_node_id, p_period, p_as_of)
        ), months as (
            select m::date as month from generate_series(first_day, after_day - 1, interval '1 month') m
        ), grid as (
            select m.month, c.category, c.o from months m
            cross join (values ('commit', 1), ('best_case', 2), ('pipeline', 3), ('closed', 4)) c (category, o)
        )
        select g.month, g.category, count(f.id), coalesce(sum(f.amount), 0), coalesce(sum(f.weighted), 0),
               coalesce(sum(f.calibrated), 0),
               private.node_target('contract_amount', p_node_kind, p_node_id, g.month,
                                   (g.month + interval '1 month')::date),
               a.amount, a.who, a.created_at, a.note
        from grid g
        left join f on f.month = g.month and f.category = g.category
        left join lateral (
            select x.amount, e.name as who, x.created_at, x.note
            from sales.forecast_adjustments x left join sales.employees e on e.id = x.created_by
            where adjustable and x.unit_id is not distinct from p_node_id and x.month = g.month
              and x.category = g.category
            order by x.id desc limit 1) a on true
        group by g.month, g.category, g.o, a.amount, a.who, a.created_at, a.note
        order by g.month, g.o;
end
$$;

-- The node's children, each rolled up: its sub-units (their whole subtree) and the people who
-- belong to it directly; the company's children are the top units.
create or replace function api.forecast_breakdown(p_node_kind text, p_node_id bigint, p_period text,
                                                  p_as_of date default null)
    returns table (node_kind text, node_id bigint, name text, deals bigint, commit numeric, best_case numeric,
                   pipeline numeric, closed numeric, weighted numeric, calibrated numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    units bigint[] := private.forecast_units();
begin
    perform private.forecast_node_owners(p_node_kind, p_node_id);  -- P0002 / SD005 before anything
    if p_node_kind = 'person' then
        return;  -- a person has no children
    end if;
    return query
        with f as (
            select * from api.forecast_deals(p_node_kind, p_node_id, p_period, p_as_of)
        ), kids as (
            select 'unit' as kind, u.id, u.name, private.unit_subtree(u.id) as under, 1 as o
            from sales.org_units u
            where u.id = any (units)
              and (p_node_kind = 'company' and (u.parent_id is null or u.parent_id <> all (units))
                   or p_node_kind = 'unit' and u.parent_id = p_node_id)
            union all
            select 'person', e.id, e.name, null, 2 from sales.employees e
            where p_node_kind = 'unit' and e.unit_id = p_node_id
              and exists (select from f where f.owner_id = e.id)
        )
        select k.kind, k.id, k.name, count(f.id),
               coalesce(sum(f.amount) filter (where f.category = 'commit'), 0),
               coalesce(sum(f.amount) filter (where f.category = 'best_case'), 0),
               coalesce(sum(f.amount) filter (where f.category = 'pipeline'), 0),
               coalesce(sum(f.amount) filter (where f.category = 'closed'), 0),
               coalesce(sum(f.weighted), 0), coalesce(sum(f.calibrated), 0)
        from kids k
        left join f on case when k.kind = 'unit' then f.unit_id = any (k.under) else f.owner_id = k.id end
        group by k.kind, k.id, k.name, k.o
        order by k.o, k.name, k.id;
end
$$;

-- The calibration table: per open stage, the configured probability and the win rate of the last
-- twelve months before p_as_of, company-wide (unit_id null) and for each team the caller may open
-- (their own team too), with the sample sizes and the rate a forecast uses.
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
        with rates as materialized (select * from private.stage_win_rates(as_of))
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

-- Record an adjusted figure for the caller's own node (see the header, 5); the new row's id.
create or replace function api.forecast_adjust(p_node_kind text, p_node_id bigint, p_month date,
                                               p_category text, p_amount numeric, p_note text default null)
    returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    saved bigint;
    unit bigint;
begin
    perform private.require_employee();
    if p_node_kind = 'company' and p_node_id is null then
        unit := null;
    elsif p_node_kind = 'unit' and p_node_id is not null then
        unit := p_node_id;
    else
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    if p_month is null or not isfinite(p_month) or p_category is null or p_amount is null then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    if not private.may_adjust_forecast(unit) then
        raise exception 'only a manager adjusts the forecast of their own node' using errcode = '42501';
    end if;
    insert into sales.forecast_adjustments (unit_id, month, category, amount, note)
    values (unit, date_trunc('month', p_month)::date, p_category, p_amount, nullif(btrim(p_note), ''))
    returning id into saved;
    return saved;
end
$$;

-- Every adjustment of a node in a period, newest first (the history).
create or replace function api.forecast_adjustments(p_node_kind text, p_node_id bigint, p_period text)
    returns table (id bigint, month date, category text, amount numeric, note text, created_by bigint,
                   created_by_name text, created_at timestamptz)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    first_day date;
    after_day date;
begin
    perform private.forecast_node_owners(p_node_kind, p_node_id);  -- P0002 for a node not the caller's
    if p_period is null then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        select x.id, x.month, x.category, x.amount, x.note, x.created_by, e.name, x.created_at
        from sales.forecast_adjustments x left join sales.employees e on e.id = x.created_by
        where p_node_kind in ('company', 'unit') and x.unit_id is not distinct from p_node_id
          and x.month >= first_day and x.month < after_day
        order by x.id desc;
end
$$;

grant execute on function api.forecast_nodes(), api.funnel(text, bigint, text),
    api.forecast_deals(text, bigint, text, date), api.forecast(text, bigint, text, date),
    api.forecast_breakdown(text, bigint, text, date), api.forecast_calibration(date),
    api.forecast_adjust(text, bigint, date, text, numeric, text),
    api.forecast_adjustments(text, bigint, text) to salesdesk_user;

reset role;
