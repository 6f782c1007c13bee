-- Pipeline speed: maintained kanban totals, routed rows in narrow scopes' pages.

-- ---------------------------------------------------------------------------
-- The kanban's totals, kept per (owner, stage, archived)
-- ---------------------------------------------------------------------------
-- The board summed every deal in the caller's scope on each call (a manager's 50,000 deals: 63 ms
-- idle; 1M for the director). It now reads these rows for the owners in scope (a few per owner
-- and stage) and sums directly only the deals it reaches through shares and deal teams of owners
-- outside the scope. Derived data, not a kind: no employee reads it; only api.opportunity_board
-- (owned by salesdesk_api) does, for the owners its caller sees. The weighted sum is the sum of
-- each deal's own round(amount * probability / 100, 2), as the direct aggregate computes it, so
-- both answer to the fen.
create table private.opportunity_totals (
    owner_id bigint not null,
    stage_id bigint not null,
    archived boolean not null,
    deals bigint not null,
    amount numeric not null,
    weighted_amount numeric not null,
    primary key (owner_id, stage_id, archived)
);
alter table private.opportunity_totals owner to salesdesk_owner;
grant select on private.opportunity_totals to salesdesk_api;
-- and even the API reads only the rows of owners its caller sees (as the deals' own read policy)
alter table private.opportunity_totals enable row level security;
alter table private.opportunity_totals force row level security;
create policy "the API reads the totals of owners the caller sees" on private.opportunity_totals
    for select to salesdesk_api
    using ((select private.sees_all()) or owner_id <@ (select private.visible_owner_ranges()));

-- One statement's changes, summed per key, applied in key order with insert … on conflict do
-- update (the row lock serialises concurrent writers: no lost update; the same order in every
-- statement keeps two deals moving in opposite directions from deadlocking). Keys whose changes
-- cancel out (an edit of the next step, a move there and back) are not touched at all.
create function private.opportunity_totals_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    if tg_op = 'INSERT' then
        insert into private.opportunity_totals as t (owner_id, stage_id, archived, deals, amount, weighted_amount)
        select owner_id, stage_id, archived_at is not null, count(*), sum(amount),
               sum(round(amount * probability / 100, 2))
        from new_rows group by 1, 2, 3 order by 1, 2, 3
        on conflict (owner_id, stage_id, archived) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted_amount = t.weighted_amount + excluded.weighted_amount;
    elsif tg_op = 'DELETE' then
        insert into private.opportunity_totals as t (owner_id, stage_id, archived, deals, amount, weighted_amount)
        select owner_id, stage_id, archived_at is not null, -count(*), -sum(amount),
               -sum(round(amount * probability / 100, 2))
        from old_rows group by 1, 2, 3 order by 1, 2, 3
        on conflict (owner_id, stage_id, archived) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted_amount = t.weighted_amount + excluded.weighted_amount;
    else
        insert into private.opportunity_totals as t (owner_id, stage_id, archived, deals, amount, weighted_amount)
        select owner_id, stage_id, archived, sum(n), sum(amount), sum(weighted_amount)
        from (select owner_id, stage_id, archived_at is not null as archived, 1 as n, amount,
                     round(amount * probability / 100, 2) as weighted_amount from new_rows
              union all
              select owner_id, stage_id, archived_at is not null, -1, -amount,
                     -round(amount * probability / 100, 2) from old_rows) d
        group by 1, 2, 3
        having sum(n) <> 0 or sum(amount) <> 0 or sum(weighted_amount) <> 0
        order by 1, 2, 3
        on conflict (owner_id, stage_id, archived) do update
            set deals = t.deals + excluded.deals, amount = t.amount + excluded.amount,
                weighted_amount = t.weighted_amount + excluded.weighted_amount;
    end if;
    return null;
end
$$;
alter function private.opportunity_totals_changed() owner to salesdesk_owner;
revoke all on function private.opportunity_totals_changed() from public;

create function private.opportunity_totals_emptied() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    delete from private.opportunity_totals;
    return null;
end
$$;
alter function private.opportunity_totals_emptied() owner to salesdesk_owner;
revoke all on function private.opportunity_totals_emptied() from public;

-- (a trigger with transition tables serves one event: three of them)
create trigger totals_inserted after insert on sales.opportunities referencing new table as new_rows
    for each statement execute function private.opportunity_totals_changed();
create trigger totals_updated after update on sales.opportunities
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.opportunity_totals_changed();
create trigger totals_deleted after delete on sales.opportunities referencing old table as old_rows
    for each statement execute function private.opportunity_totals_changed();
create trigger totals_emptied after truncate on sales.opportunities
    for each statement execute function private.opportunity_totals_emptied();

lock table sales.opportunities in share mode;  -- no write between the backfill and the triggers' first
insert into private.opportunity_totals (owner_id, stage_id, archived, deals, amount, weighted_amount)
select owner_id, stage_id, archived_at is not null, count(*), sum(amount), sum(round(amount * probability / 100, 2))
from sales.opportunities group by 1, 2, 3;

-- The board: the summary for the owners in scope (every owner when the caller sees all), plus a
-- direct sum of the deals reached only through shares and deal teams (in the shared set, owner
-- outside the scope; RLS still decides those rows). A query the summary is not keyed by (a
-- search, an eq filter, the shared scope) is summed directly, as before.
create or replace function api.opportunity_board(p_query jsonb default '{}')
returns table (stage_id bigint, deals bigint, amount numeric, weighted_amount numeric)
language plpgsql stable security definer
set search_path = pg_catalog, pg_temp
set client_min_messages = warning
set debug_print_parse = off
set debug_print_plan = off
set debug_print_rewritten = off
set trace_notify = off
set trace_sort = off
as $$
declare
    q jsonb := coalesce(p_query, '{}');
    f private.list_filter;
    cs private.caller_sets;
    scope text := coalesce(q ->> 'scope', 'all');
    archived text := coalesce(q ->> 'archived', 'active');
    direct text;
begin
    f := private.list_filter('opportunity', p_query);  -- validates the query, and the caller's sets
    if f.grams is not null or scope not in ('all', 'mine', 'team')
       or exists (select from jsonb_object_keys(q) key
                  where key not in ('scope', 'owner_id', 'unit_id', 'archived', 'search')) then
        cs := private.caller_sets('opportunity');
        return query execute format(
            'select stage_id, count(*), coalesce(sum(amount), 0), coalesce(sum(round(amount * probability / 100, 2)), 0) '
            'from %s where %s and %s group by stage_id', f.table_name, private.bind_caller_sets(f.conds, f.kind),
            private.search_index_cond(f))
            using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, null::text,
                  cs.sees_all, cs.owners, cs.pools, cs.shared, cs.shared_write, cs.managed_owners, cs.managed_pools;
        return;
    end if;
    if not f.sees_all and cardinality(f.shared) > 0 then
        -- the deals of owners outside the scope: the list's own conditions (filters, archived)
        direct := format(
            ' union all select stage_id, count(*), sum(amount), sum(round(amount * probability / 100, 2)) '
            'from %s where %s and id = any ($5) and (owner_id = any ($3)) is not true group by stage_id',
            f.table_name, f.conds);
    end if;
    return query execute
        'select stage_id, sum(deals)::bigint, sum(amount), sum(weighted_amount) from ('
        'select t.stage_id, t.deals, t.amount, t.weighted_amount from private.opportunity_totals t '
        'where ($10 or t.owner_id = any ($3)) '
        'and ($11 = ''all'' or t.archived = ($11 = ''archived'')) '
        'and ($12 <> ''mine'' or t.owner_id = $2) and ($12 <> ''team'' or t.owner_id <> $2) '
        'and (not $1 ? ''owner_id'' or t.owner_id = ($1 ->> ''owner_id'')::bigint) '
        'and (not $1 ? ''unit_id'' or t.owner_id in (select e.id from sales.employees e where e.unit_id = any ($8)))'
        || coalesce(direct, '') || ') x group by stage_id having sum(deals) > 0'
        using q, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, null::text,
              f.sees_all, archived, scope;
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$$;
alter function api.opportunity_board(jsonb) owner to salesdesk_api;
grant execute on function api.opportunity_board(jsonb) to salesdesk_user;
