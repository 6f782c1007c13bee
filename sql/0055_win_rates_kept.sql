-- The calibration's win counts kept (issue 14 §4 and §7), so the forecast does not grow with the
-- deals closed.
--
-- private.stage_win_rates(p_as_of) (0036) computed on every call, from every deal closed in the
-- twelve months before p_as_of, the open stages each passed (its stage history, distinct) with its
-- owner's team on the closing day (private.employee_units). With a realistic history at a
-- twentieth of the bench (150,156 stage rows, 14,556 deals closed in the twelve months) that took
-- ~100 ms a call, ten times the rest of the forecast, and it grows with the deals closed.
--
-- Its counts only change when a closed deal or what it joins changes, so they are now kept per
-- closing day (private.stage_close_days: day, team, open stage, deals closed, deals won) and per
-- month (private.stage_close_months, the sums of the days). stage_win_rates sums the whole months
-- inside its day-exact window [p_as_of - 12 months, p_as_of) from the months and the two partial
-- months from the days (at most 12 + 62 rows per team and stage), grouped as before by (stage,
-- team) and (stage). The company row is the sum of the teams', as it was: 0036 counted its
-- distinct (deal, team, stage) rows once in each grouping set. A day is the closing time's date in
-- the server's time zone (the writer's session's), as 0036's closed_at::date and the forecast's
-- kept sums (0052).
--
-- Kept by statement triggers: a change recomputes, from the tables as they stand, the closing days
-- it can concern — the old and new closing days of the deals whose owner, stage, closing time or
-- archiving changed; the closing day of the deals whose history of open stages changed; the
-- closing days of an employee's deals on which their unit changed (a retroactive move) — and
-- changes their months by the difference (the days' old rows off, the new ones on). A stage's
-- outcome changing (configuration, rare) rebuilds everything.
--
-- Concurrency: the days of a month share the month's rows, so the lock is per month
-- (private.stage_close_locks, a row per month made on first use, locked for update in month
-- order) and the days and months are then recomputed in statements of their own, which under READ
-- COMMITTED see what a transaction waited for has committed (as 0051's route_sets). A trigger that
-- reads which days a change concerns from other rows first locks those rows: the stage history's
-- deals (no key update, in id order) and a moved employee (for update) and their deals (share, in
-- id order), so that a concurrent change of the deal's closing day or owner is either waited for or
-- waits, and whichever comes second recomputes what the first left. Writers of the same month wait
-- for each other's commit (most closings fall on today anyway).
--
-- Loads that pause these triggers or write in replica mode call private.stage_win_counts_rebuild()
-- afterwards, as this migration does for the deals already there.
--
-- Measured on the bench's company at --scale 0.05 with its deals now closed over 18 months with
-- their stage history (165,164 rows, 9,729 deals closed in the twelve months; load 2.2-2.5):
-- stage_win_rates(current_date) 76.7 -> 2.3 ms p50, the director's forecast 57.2 -> 11.9 ms, a
-- manager's 54.7 -> 10.1 ms; a deal won 3.9 -> 6.5 ms, a closed deal's day moved 2.0 -> 9.4 ms.

set local role salesdesk_owner;

create table private.stage_close_days (
    day      date not null,
    unit_id  bigint not null,
    stage_id bigint not null,
    closed   bigint not null,  -- deals closed that day that passed the stage, the owner in the unit
    won      bigint not null,  -- of which won
    primary key (day, unit_id, stage_id)
);
create table private.stage_close_months (
    month    date not null,
    unit_id  bigint not null,
    stage_id bigint not null,
    closed   bigint not null,
    won      bigint not null,
    primary key (month, unit_id, stage_id)
);
create table private.stage_close_locks (
    month date primary key
);
alter table private.stage_close_days owner to salesdesk_owner;
alter table private.stage_close_months owner to salesdesk_owner;
alter table private.stage_close_locks owner to salesdesk_owner;
alter table private.stage_close_days enable row level security;
alter table private.stage_close_days force row level security;
alter table private.stage_close_months enable row level security;
alter table private.stage_close_months force row level security;
alter table private.stage_close_locks enable row level security;
alter table private.stage_close_locks force row level security;
-- no policy and no grant: only the owner's functions below read and write these rows

-- a day's deals, read by closing time
create index if not exists opportunities_closed_idx on sales.opportunities (closed_at)
    where closed_at is not null;

-- 0036's rows of these deals: not archived, in a closed stage, with their owner's unit on the
-- closing day and each open stage they passed, distinct. Plain SQL, inlined.
create function private.stage_close_rows(p_ids bigint[])
    returns table (day date, unit_id bigint, stage_id bigint, closed bigint, won bigint)
    language sql stable
as $$
    select p.day, p.unit_id, p.stage_id, count(*), count(*) filter (where p.won)
    from (select distinct o.id, o.closed_at::date as day, u.unit_id, h.to_stage_id as stage_id,
                 s.outcome = 'won' as won
          from sales.opportunities o
          join sales.opportunity_stages s on s.id = o.stage_id
          join private.employee_units u
              on u.employee_id = o.owner_id and u.valid_from <= o.closed_at::date
             and (u.valid_to is null or o.closed_at::date < u.valid_to)
          join sales.opportunity_stage_history h on h.opportunity_id = o.id
          join sales.opportunity_stages hs on hs.id = h.to_stage_id
          where (p_ids is null or o.id = any (p_ids))
            and s.outcome is not null and o.archived_at is null and hs.outcome is null) p
    group by p.day, p.unit_id, p.stage_id
$$;

-- Recompute these closing days from the tables, and their months by the difference: the old days'
-- rows taken off, the new ones added (the caller holds the months' locks). The deals of the days
-- are found day by day on the closing-time index.
create function private.stage_close_recompute(p_days date[]) returns void
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
end
$$;

-- Lock the months of these days (made first if new) in month order, then recompute the days in
-- statements of their own: they see what a transaction waited for has committed.
create function private.stage_close_refresh(p_days date[]) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    p_days := array(select distinct d from unnest(p_days) d where d is not null order by 1);
    if cardinality(p_days) = 0 then
        return;
    end if;
    insert into private.stage_close_locks (month)
    select distinct date_trunc('month', d)::date from unnest(p_days) d order by 1
    on conflict (month) do nothing;
    perform 1 from private.stage_close_locks l
    where l.month in (select date_trunc('month', d)::date from unnest(p_days) d)
    order by l.month for update;
    perform private.stage_close_recompute(p_days);
end
$$;

-- Everything from the tables as they stand (after a bulk load, a stage's outcome changed, and
-- here); the triggers' writers wait meanwhile.
create function private.stage_win_counts_rebuild() returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    lock table private.stage_close_locks in exclusive mode;
    delete from private.stage_close_days;
    delete from private.stage_close_months;
    insert into private.stage_close_days (day, unit_id, stage_id, closed, won)
    select r.day, r.unit_id, r.stage_id, r.closed, r.won from private.stage_close_rows(null) r;
    insert into private.stage_close_months (month, unit_id, stage_id, closed, won)
    select date_trunc('month', d.day)::date, d.unit_id, d.stage_id, sum(d.closed), sum(d.won)
    from private.stage_close_days d group by 1, 2, 3;
end
$$;

-- sales.opportunities: the old and new closing days of the deals whose owner, stage, closing time
-- or archiving changed (the rows are the statement's own, locked by it).
create function private.stage_close_deals_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    days date[];
begin
    if tg_op = 'INSERT' then
        days := array(select n.closed_at::date from new_rows n where n.closed_at is not null);
    elsif tg_op = 'DELETE' then
        days := array(select o.closed_at::date from old_rows o where o.closed_at is not null);
    else
        days := array(select c::date
                      from old_rows o join new_rows n on n.id = o.id
                      cross join unnest(array[o.closed_at, n.closed_at]) c
                      where c is not null
                        and (o.owner_id, o.stage_id, o.closed_at, o.archived_at)
                            is distinct from (n.owner_id, n.stage_id, n.closed_at, n.archived_at));
    end if;
    perform private.stage_close_refresh(days);
    return null;
end
$$;

-- Whether a stage is open (only the open stages a deal passed are counted). Plain SQL, inlined.
create function private.stage_is_open(p_stage_id bigint) returns boolean
    language sql stable
as $$
    select exists (select from sales.opportunity_stages s where s.id = p_stage_id and s.outcome is null)
$$;

-- sales.opportunity_stage_history: the closing day of the deals whose history of open stages
-- changed (the row a deal's closing logs counts for nothing), read after locking them (a
-- concurrent change of their closing day is waited for, or waits).
create function private.stage_close_history_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    ids bigint[];
    days date[];
begin
    if tg_op = 'INSERT' then
        ids := array(select n.opportunity_id from new_rows n where private.stage_is_open(n.to_stage_id));
    elsif tg_op = 'DELETE' then
        ids := array(select o.opportunity_id from old_rows o where private.stage_is_open(o.to_stage_id));
    else
        ids := array(select x.opportunity_id
                     from old_rows o join new_rows n on n.id = o.id
                     cross join lateral (values (o.opportunity_id, o.to_stage_id),
                                                (n.opportunity_id, n.to_stage_id)) x (opportunity_id,
                                                                                      stage_id)
                     where (o.opportunity_id, o.to_stage_id)
                           is distinct from (n.opportunity_id, n.to_stage_id)
                       and private.stage_is_open(x.stage_id));
    end if;
    if cardinality(ids) = 0 then
        return null;
    end if;
    days := array(select l.closed_at::date
                  from (select o.closed_at from sales.opportunities o where o.id = any (ids)
                        order by o.id for no key update) l
                  where l.closed_at is not null);
    perform private.stage_close_refresh(days);
    return null;
end
$$;

-- private.employee_units: the closing days of the employees' deals on which the units covering
-- the day differ between the statement's old and new rows (the rows it left alone cover the same
-- days before and after), read after locking the employees and their deals.
create function private.stage_close_units_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    before private.employee_units[] := '{}';
    after private.employee_units[] := '{}';
    people bigint[];
    days date[];
begin
    if tg_op <> 'INSERT' then
        before := array(select o from old_rows o);
    end if;
    if tg_op <> 'DELETE' then
        after := array(select n from new_rows n);
    end if;
    people := array(select distinct x.employee_id from (select * from unnest(before) union all
                                                          select * from unnest(after)) x order by 1);
    perform 1 from sales.employees e where e.id = any (people) order by e.id for update;
    perform 1 from sales.opportunities o where o.owner_id = any (people) order by o.id for share;
    days := array(
        select distinct d.day
        from (select o.owner_id, o.closed_at::date as day from sales.opportunities o
              where o.owner_id = any (people) and o.closed_at is not null) d
        where array(select b.unit_id from unnest(before) b
                    where b.employee_id = d.owner_id and b.valid_from <= d.day
                      and (b.valid_to is null or d.day < b.valid_to) order by 1)
              is distinct from
              array(select a.unit_id from unnest(after) a
                    where a.employee_id = d.owner_id and a.valid_from <= d.day
                      and (a.valid_to is null or d.day < a.valid_to) order by 1));
    perform private.stage_close_refresh(days);
    return null;
end
$$;

-- sales.opportunity_stages: an outcome decides which deals count and which stages are open.
create function private.stage_close_outcomes_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    if exists (select from old_rows o join new_rows n on n.id = o.id
               where n.outcome is distinct from o.outcome) then
        perform private.stage_win_counts_rebuild();
    end if;
    return null;
end
$$;

create function private.stage_close_emptied() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    perform private.stage_win_counts_rebuild();
    return null;
end
$$;

alter function private.stage_close_rows(bigint[]) owner to salesdesk_owner;
alter function private.stage_is_open(bigint) owner to salesdesk_owner;
alter function private.stage_close_recompute(date[]) owner to salesdesk_owner;
alter function private.stage_close_refresh(date[]) owner to salesdesk_owner;
alter function private.stage_win_counts_rebuild() owner to salesdesk_owner;
alter function private.stage_close_deals_changed() owner to salesdesk_owner;
alter function private.stage_close_history_changed() owner to salesdesk_owner;
alter function private.stage_close_units_changed() owner to salesdesk_owner;
alter function private.stage_close_outcomes_changed() owner to salesdesk_owner;
alter function private.stage_close_emptied() owner to salesdesk_owner;
revoke all on function private.stage_close_rows(bigint[]), private.stage_is_open(bigint),
    private.stage_close_recompute(date[]), private.stage_close_refresh(date[]),
    private.stage_win_counts_rebuild(), private.stage_close_deals_changed(),
    private.stage_close_history_changed(), private.stage_close_units_changed(),
    private.stage_close_outcomes_changed(), private.stage_close_emptied() from public;

-- (a trigger with transition tables serves one event: three of them per table)
create trigger stage_close_inserted after insert on sales.opportunities referencing new table as new_rows
    for each statement execute function private.stage_close_deals_changed();
create trigger stage_close_updated after update on sales.opportunities
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.stage_close_deals_changed();
create trigger stage_close_deleted after delete on sales.opportunities referencing old table as old_rows
    for each statement execute function private.stage_close_deals_changed();
create trigger stage_close_emptied after truncate on sales.opportunities
    for each statement execute function private.stage_close_emptied();
create trigger stage_close_inserted after insert on sales.opportunity_stage_history
    referencing new table as new_rows
    for each statement execute function private.stage_close_history_changed();
create trigger stage_close_updated after update on sales.opportunity_stage_history
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.stage_close_history_changed();
create trigger stage_close_deleted after delete on sales.opportunity_stage_history
    referencing old table as old_rows
    for each statement execute function private.stage_close_history_changed();
create trigger stage_close_emptied after truncate on sales.opportunity_stage_history
    for each statement execute function private.stage_close_emptied();
create trigger stage_close_inserted after insert on private.employee_units referencing new table as new_rows
    for each statement execute function private.stage_close_units_changed();
create trigger stage_close_updated after update on private.employee_units
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.stage_close_units_changed();
create trigger stage_close_deleted after delete on private.employee_units referencing old table as old_rows
    for each statement execute function private.stage_close_units_changed();
create trigger stage_close_outcome after update on sales.opportunity_stages
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.stage_close_outcomes_changed();

select private.stage_win_counts_rebuild();

-- 0036's counts from the kept ones: the whole months inside [p_as_of - 12 months, p_as_of) from
-- the months, the days before and after them from the days. Signature and rights unchanged.
create or replace function private.stage_win_rates(p_as_of date)
    returns table (stage_id bigint, unit_id bigint, closed bigint, won bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with w as (
        select b.first_day, b.after_day,
               (date_trunc('month', b.first_day - 1) + interval '1 month')::date as first_month,
               date_trunc('month', b.after_day)::date as after_month
        from (select (p_as_of - interval '12 months')::date as first_day, p_as_of as after_day) b
    ), c as (
        select m.stage_id, m.unit_id, m.closed, m.won
        from w join private.stage_close_months m on m.month >= w.first_month and m.month < w.after_month
        union all
        select d.stage_id, d.unit_id, d.closed, d.won
        from w join private.stage_close_days d
            on d.day >= w.first_day and d.day < least(w.first_month, w.after_day)
        union all
        select d.stage_id, d.unit_id, d.closed, d.won
        from w join private.stage_close_days d
            on d.day >= greatest(w.after_month, w.first_month) and d.day < w.after_day
    )
    select c.stage_id, c.unit_id, sum(c.closed)::bigint, sum(c.won)::bigint
    from c group by grouping sets ((c.stage_id, c.unit_id), (c.stage_id))
$$;

reset role;
