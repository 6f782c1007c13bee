-- The forecast read from kept per-group sums (issue 14 §4 and §7, the dashboard's targets).
--
-- Measured on the bench company at full size (10,000 employees, 1,000,000 deals, 416,587 in the
-- director's quarter): api.forecast took 868 ms p50 for the director (the whole dashboard's target:
-- 300 ms) and 395 ms for a manager (100 ms). Since 0048 it sums private.forecast_rows over every
-- deal of the quarter under row-level security, so its time is the scan of the deals.
--
-- The rule (a product decision): the calibrated forecast of a group is the group's calibrated rate
-- times the group's amount, rounded once to the fen; a group is one owner's deals of one stage,
-- month and category (the rate depends on the stage and the owner's unit only: one rate per group).
-- A parent (a month and category, a unit, the company) is the sum of its groups' rounded figures,
-- so a breakdown's children still add up exactly to their parent. Before, each deal's calibrated
-- amount was rounded to the fen and then summed; with a rate that changes daily that sum cannot be
-- kept. The weighted figure (the deals' configured probability) keeps its exact rule: each deal's
-- round(amount * probability / 100, 2), summed, kept exactly here. The deals list
-- (api.forecast_deals) still shows each deal's own rounded calibrated amount, so a group's total
-- may differ from the sum of its listed deals by less than half a fen per deal.
--
-- private.forecast_totals keeps, per (owner, stage, month, category), the deals in the forecast
-- (not archived; open with a forecast category and an expected close date, month of that date; or
-- won, category 'closed', month of closed_at in the server's time zone, as 0035's result days),
-- their count, amount and weighted sum. Kept by statement triggers on sales.opportunities (each
-- statement's changes summed per key and applied in key order with insert … on conflict, as 0021's
-- kanban totals: no lost update between two writers, no deadlock); a key left with no deal is
-- deleted. A stage whose outcome changes (configuration, rare) has its keys recomputed under a
-- share lock on the deals. private.forecast_totals_rebuild() recomputes everything, for loads that
-- pause the triggers or write in replica mode (the demo's dating of deals).
--
-- api.forecast and api.forecast_breakdown read the groups of the owners the caller sees in the
-- node (everyone's for whoever sees everything) from the kept rows, and sum directly only the deals
-- the caller reaches through shares and routes (private.shared_record_ids) whose owner they do not
-- see: the rows the deals' read policy gives them, read as private.receivables_seen (0050) reads
-- the kept receivables. Each group's rate is looked up per stage and team once, and the groups are
-- summed inside one definer function per shape (per month and category; per owner), so that no
-- per-group row crosses a function's result set. Signatures, errors and rights are unchanged.

set local role salesdesk_owner;

create table private.forecast_totals (
    owner_id bigint not null,
    month    date not null,
    category text not null,
    stage_id bigint not null,
    deals    bigint not null,
    amount   numeric not null,
    weighted numeric not null,  -- the sum of each deal's round(amount * probability / 100, 2)
    primary key (owner_id, month, category, stage_id)
);
create index forecast_totals_month_idx on private.forecast_totals (month);
alter table private.forecast_totals owner to salesdesk_owner;
alter table private.forecast_totals enable row level security;
alter table private.forecast_totals force row level security;
-- no policy and no grant: only the owner's functions read and write these rows

-- A deal's forecast key; no row when it is not in the forecast (archived, lost, open without a
-- forecast category or an expected close date). The expressions of private.forecast_rows (0048).
-- Plain SQL without settings, so that it is inlined.
create function private.forecast_key(p_outcome text, p_archived_at timestamptz, p_closed_at timestamptz,
                                     p_expected date, p_category text)
    returns table (month date, category text)
    language sql stable
as $$
    select case when p_outcome = 'won' then date_trunc('month', p_closed_at::date)::date
                else date_trunc('month', p_expected)::date end,
           case when p_outcome = 'won' then 'closed' else p_category end
    where p_archived_at is null
      and (p_outcome = 'won' and p_closed_at is not null
           or p_outcome is null and p_category in ('commit', 'best_case', 'pipeline') and p_expected is not null)
$$;

-- One statement's changes (new rows +1, old rows -1), summed per key and applied in key order with
-- insert … on conflict do update (the row lock serialises concurrent writers: no lost update; the
-- same order in every statement: no deadlock). Keys whose changes cancel out are not touched; a key
-- left without deals is deleted.
create function private.forecast_totals_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    if tg_op = 'INSERT' then
        insert into private.forecast_totals as t (owner_id, month, category, stage_id, deals, amount, weighted)
        select o.owner_id, k.month, k.category, o.stage_id, count(*), sum(o.amount),
               sum(round(o.amount * o.probability / 100, 2))
        from new_rows o join sales.opportunity_stages s on s.id = o.stage_id
        cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                                o.forecast_category) k
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (owner_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
        return null;
    elsif tg_op = 'DELETE' then
        insert into private.forecast_totals as t (owner_id, month, category, stage_id, deals, amount, weighted)
        select o.owner_id, k.month, k.category, o.stage_id, -count(*), -sum(o.amount),
               -sum(round(o.amount * o.probability / 100, 2))
        from old_rows o join sales.opportunity_stages s on s.id = o.stage_id
        cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                                o.forecast_category) k
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (owner_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
    else
        insert into private.forecast_totals as t (owner_id, month, category, stage_id, deals, amount, weighted)
        select d.owner_id, d.month, d.category, d.stage_id, sum(d.n), sum(d.amount), sum(d.weighted)
        from (select o.owner_id, k.month, k.category, o.stage_id, 1 as n, o.amount,
                     round(o.amount * o.probability / 100, 2) as weighted
              from new_rows o join sales.opportunity_stages s on s.id = o.stage_id
              cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at,
                                                      o.expected_close_date, o.forecast_category) k
              union all
              select o.owner_id, k.month, k.category, o.stage_id, -1, -o.amount,
                     -round(o.amount * o.probability / 100, 2)
              from old_rows o join sales.opportunity_stages s on s.id = o.stage_id
              cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at,
                                                      o.expected_close_date, o.forecast_category) k) d
        group by 1, 2, 3, 4
        having sum(d.n) <> 0 or sum(d.amount) <> 0 or sum(d.weighted) <> 0
        order by 1, 2, 3, 4
        on conflict (owner_id, month, category, stage_id) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted = t.weighted + excluded.weighted;
    end if;
    delete from private.forecast_totals t
    where t.deals = 0 and t.owner_id in (select o.owner_id from old_rows o);
    return null;
end
$$;

create function private.forecast_totals_emptied() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    delete from private.forecast_totals;
    return null;
end
$$;

-- Recompute the kept rows of some stages (null: all) from the deals; the deals' writers wait
-- (share lock) so that none commits a change the recomputation does not see.
create function private.forecast_totals_rebuild(p_stage_ids bigint[] default null) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    lock table sales.opportunities in share mode;
    delete from private.forecast_totals t where p_stage_ids is null or t.stage_id = any (p_stage_ids);
    insert into private.forecast_totals (owner_id, month, category, stage_id, deals, amount, weighted)
    select o.owner_id, k.month, k.category, o.stage_id, count(*), sum(o.amount),
           sum(round(o.amount * o.probability / 100, 2))
    from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id
    cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                            o.forecast_category) k
    where k.month is not null and (p_stage_ids is null or o.stage_id = any (p_stage_ids))
    group by 1, 2, 3, 4;
end
$$;

-- A stage's outcome decides whether its deals count and by which day: recompute its keys.
create function private.forecast_stages_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    changed bigint[] := array(select n.id from new_rows n join old_rows o on o.id = n.id
                              where n.outcome is distinct from o.outcome);
begin
    if cardinality(changed) > 0 then
        perform private.forecast_totals_rebuild(changed);
    end if;
    return null;
end
$$;

alter function private.forecast_key(text, timestamptz, timestamptz, date, text) owner to salesdesk_owner;
alter function private.forecast_totals_changed() owner to salesdesk_owner;
alter function private.forecast_totals_emptied() owner to salesdesk_owner;
alter function private.forecast_totals_rebuild(bigint[]) owner to salesdesk_owner;
alter function private.forecast_stages_changed() owner to salesdesk_owner;
revoke all on function private.forecast_key(text, timestamptz, timestamptz, date, text),
    private.forecast_totals_changed(), private.forecast_totals_emptied(),
    private.forecast_totals_rebuild(bigint[]), private.forecast_stages_changed() from public;

-- (a trigger with transition tables serves one event: three of them)
create trigger forecast_inserted after insert on sales.opportunities referencing new table as new_rows
    for each statement execute function private.forecast_totals_changed();
create trigger forecast_updated after update on sales.opportunities
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.forecast_totals_changed();
create trigger forecast_deleted after delete on sales.opportunities referencing old table as old_rows
    for each statement execute function private.forecast_totals_changed();
create trigger forecast_emptied after truncate on sales.opportunities
    for each statement execute function private.forecast_totals_emptied();
create trigger forecast_outcome after update on sales.opportunity_stages
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.forecast_stages_changed();

select private.forecast_totals_rebuild();

-- The forecast's groups (owner, stage, month, category) of a node's owners (null: every owner) in
-- [p_first, p_after) that a caller sees, each with its calibrated figure rounded once (see the
-- header): the kept groups of every owner when p_all, else of the owners they see (p_seen), and the
-- deals they reach through shares and routes (p_shared) whose owner they do not see, summed here
-- per group. Those are the rows the deals' read policy gives them (sees everything, an owner they
-- see, a record in their shared set), as private.receivables_seen (0050) reads them. Plain SQL,
-- inlined into the two definer functions below (which compute the caller's sets): it hands
-- nothing back through a function's result set per group (a director's quarter is one row per
-- owner, stage and month; returned from a function, 6,204 rows cost 7 ms at a twentieth of the
-- bench's size).
create function private.forecast_groups(p_owners bigint[], p_first date, p_after date, p_as_of date,
                                        p_all boolean, p_seen bigint[], p_shared bigint[])
    returns table (owner_id bigint, unit_id bigint, stage_id bigint, month date, category text, deals bigint,
                   amount numeric, weighted numeric, calibrated numeric)
    language sql stable  -- no pinned settings, not a definer (its names are qualified): inlined
as $$
    with g as (
        select t.owner_id, t.stage_id, t.month, t.category, t.deals, t.amount, t.weighted
        from private.forecast_totals t
        where p_all and (p_owners is null or t.owner_id = any (p_owners)) and t.month >= p_first
          and t.month < p_after
        union all
        select t.owner_id, t.stage_id, t.month, t.category, t.deals, t.amount, t.weighted
        from unnest(p_seen) o (id)
        join private.forecast_totals t on t.owner_id = o.id and t.month >= p_first and t.month < p_after
        where not p_all and (p_owners is null or o.id = any (p_owners))
        union all
        select o.owner_id, o.stage_id, k.month, k.category, count(*), sum(o.amount),
               sum(round(o.amount * o.probability / 100, 2))
        from sales.opportunities o
        join sales.opportunity_stages s on s.id = o.stage_id
        cross join lateral private.forecast_key(s.outcome, o.archived_at, o.closed_at, o.expected_close_date,
                                                o.forecast_category) k
        where not p_all and o.id = any (p_shared) and (o.owner_id = any (p_seen)) is not true
          and (p_owners is null or o.owner_id = any (p_owners))
          and (s.outcome = 'won' and o.closed_at >= p_first and o.closed_at < p_after
               or s.outcome is null and o.expected_close_date >= p_first and o.expected_close_date < p_after)
        group by 1, 2, 3, 4
    ), rates as materialized (
        select * from private.stage_win_rates(p_as_of)
    ), rate as (  -- per open stage and team (the teams of the node's owners): once, not per group
        select s.id as stage_id, u.id as unit_id, c.rate
        from sales.opportunity_stages s cross join sales.org_units u
        left join rates t on t.stage_id = s.id and t.unit_id = u.id
        left join rates w on w.stage_id = s.id and w.unit_id is null
        cross join lateral private.calibrated_rate(t.closed, t.won, w.closed, w.won, s.probability) c
        where s.outcome is null
          and (p_owners is null or u.id in (select e.unit_id from sales.employees e where e.id = any (p_owners)))
    )
    select g.owner_id, e.unit_id, g.stage_id, g.month, g.category, g.deals, g.amount, g.weighted,
           case when g.category = 'closed' then g.amount  -- won: 100 %
                else round(g.amount * r.rate / 100, 2) end
    from g
    join sales.employees e on e.id = g.owner_id
    left join rate r on r.stage_id = g.stage_id and r.unit_id = e.unit_id
$$;
revoke all on function private.forecast_groups(bigint[], date, date, date, boolean, bigint[], bigint[])
    from public;

-- A node's forecast per month and category, for the caller (api.forecast).
create function private.forecast_month_sums(p_owners bigint[], p_first date, p_after date, p_as_of date)
    returns table (month date, category text, deals bigint, amount numeric, weighted numeric, calibrated numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    seen bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('opportunity') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        select g.month, g.category, sum(g.deals)::bigint, sum(g.amount), sum(g.weighted), sum(g.calibrated)
        from private.forecast_groups(p_owners, p_first, p_after, p_as_of, all_rows, seen, shared) g
        group by g.month, g.category;
end
$$;

-- A node's forecast per owner (with the owner's unit now), for the caller (api.forecast_breakdown).
create function private.forecast_owner_sums(p_owners bigint[], p_first date, p_after date, p_as_of date)
    returns table (owner_id bigint, unit_id bigint, deals bigint, commit numeric, best_case numeric,
                   pipeline numeric, closed numeric, weighted numeric, calibrated numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    all_rows boolean := private.sees_all();
    seen bigint[] := case when not all_rows then private.visible_owner_ids() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('opportunity') end;
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        select g.owner_id, g.unit_id, sum(g.deals)::bigint,
               coalesce(sum(g.amount) filter (where g.category = 'commit'), 0),
               coalesce(sum(g.amount) filter (where g.category = 'best_case'), 0),
               coalesce(sum(g.amount) filter (where g.category = 'pipeline'), 0),
               coalesce(sum(g.amount) filter (where g.category = 'closed'), 0),
               sum(g.weighted), sum(g.calibrated)
        from private.forecast_groups(p_owners, p_first, p_after, p_as_of, all_rows, seen, shared) g
        group by g.owner_id, g.unit_id;
end
$$;
revoke all on function private.forecast_month_sums(bigint[], date, date, date),
    private.forecast_owner_sums(bigint[], date, date, date) from public;
grant execute on function private.forecast_month_sums(bigint[], date, date, date),
    private.forecast_owner_sums(bigint[], date, date, date) to salesdesk_api;

reset role;
set local role salesdesk_api;

create or replace function api.forecast(p_node_kind text, p_node_id bigint, p_period text,
                                        p_as_of date default null)
returns table (month date, category text, deals bigint, amount numeric, weighted numeric,
               calibrated numeric, target numeric, adjusted numeric, adjusted_by text,
               adjusted_at timestamptz, adjustment_note text)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);
    as_of date := coalesce(p_as_of, current_date);
    first_day date;
    after_day date;
    adjustable boolean := p_node_kind in ('company', 'unit');
begin
    if p_period is null or not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        with f as (
            select * from private.forecast_month_sums(owners, first_day, after_day, as_of)
        ), months as (
            select m::date as month from generate_series(first_day, after_day - 1, interval '1 month') m
        )
        select m.month, c.category, coalesce(f.deals, 0), coalesce(f.amount, 0), coalesce(f.weighted, 0),
               coalesce(f.calibrated, 0),
               private.node_target('contract_amount', p_node_kind, p_node_id, m.month,
                                   (m.month + interval '1 month')::date),
               a.amount, a.who, a.created_at, a.note
        from months m
        cross join (values ('commit', 1), ('best_case', 2), ('pipeline', 3), ('closed', 4)) c (category, o)
        left join f on f.month = m.month and f.category = c.category
        left join lateral (
            select x.amount, e.name as who, x.created_at, x.note
            from sales.forecast_adjustments x left join sales.employees e on e.id = x.created_by
            where adjustable and x.unit_id is not distinct from p_node_id and x.month = m.month
              and x.category = c.category
            order by x.id desc limit 1) a on true
        order by m.month, c.o;
end
$$;

create or replace function api.forecast_breakdown(p_node_kind text, p_node_id bigint, p_period text,
                                                  p_as_of date default null)
returns table (node_kind text, node_id bigint, name text, deals bigint, commit numeric, best_case numeric,
               pipeline numeric, closed numeric, weighted numeric, calibrated numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
as $$
declare
    units bigint[] := private.forecast_units();
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);  -- P0002 / SD005 first
    as_of date := coalesce(p_as_of, current_date);
    first_day date;
    after_day date;
begin
    if p_node_kind = 'person' then
        return;  -- a person has no children
    end if;
    if p_period is null or not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        with f as materialized (
            select * from private.forecast_owner_sums(owners, first_day, after_day, as_of)
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
        select k.kind, k.id, k.name, coalesce(sum(f.deals), 0)::bigint,
               coalesce(sum(f.commit), 0), coalesce(sum(f.best_case), 0), coalesce(sum(f.pipeline), 0),
               coalesce(sum(f.closed), 0), coalesce(sum(f.weighted), 0), coalesce(sum(f.calibrated), 0)
        from kids k
        left join f on case when k.kind = 'unit' then f.unit_id = any (k.under) else f.owner_id = k.id end
        group by k.kind, k.id, k.name, k.o
        order by k.o, k.name, k.id;
end
$$;

reset role;
