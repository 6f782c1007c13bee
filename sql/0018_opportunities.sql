-- 0018 access routes, sales stages, opportunities (issue 12 §1, §4).
--  * Access routes beyond "owner in scope", pool and share are declared per kind and all end in
--    ONE id set per kind and caller, private.shared_record_ids(kind, write): live shares,
--    memberships (a deal team), reach (a deal's team reads its customer) and routes (a follow-up
--    is read by whoever holds its deal). Policies, lists, counts, the scope hint, the rights and
--    the access column already read that set, so a route declared here shows everywhere alike.
--  * Sales processes and stages are company-wide reference data (like picklists and products).
--  * The opportunity kind: a declaration, its references, handover, deal team, and its own rules
--    (stage -> probability and forecast category, lines -> amount, credit shares sum to 100).
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- Access routes: registries (read by the owner only, like private.kind_references)
-- ---------------------------------------------------------------------------
-- Membership: rows of `table_name` give `employee_column` read or write access (by the value of
-- `access_column`, 'read' | 'write') to the record of `kind` named by `record_column`.
create table if not exists private.kind_members (
    kind            text not null references private.record_kinds (kind),
    table_name      regclass not null,
    record_column   text not null,
    employee_column text not null,
    access_column   text not null,
    primary key (kind, table_name)
);
-- Reach: whoever owns a record of `kind` or sees it through a share or membership also reads the
-- record of `target_kind` its `column_name` names.
create table if not exists private.kind_reach (
    kind        text not null references private.record_kinds (kind),
    column_name text not null,
    target_kind text not null references private.record_kinds (kind),
    primary key (kind, column_name)
);
-- Route: a record of `kind` is read by whoever owns the record of `target_kind` its `column_name`
-- names, or sees that record through a share or membership.
create table if not exists private.kind_routes (
    kind        text not null references private.record_kinds (kind),
    column_name text not null,
    target_kind text not null references private.record_kinds (kind),
    primary key (kind, column_name)
);
alter table private.kind_members enable row level security;  -- no policy: read by the owner only
alter table private.kind_members force row level security;
alter table private.kind_reach enable row level security;
alter table private.kind_reach force row level security;
alter table private.kind_routes enable row level security;
alter table private.kind_routes force row level security;
revoke all on private.kind_members, private.kind_reach, private.kind_routes from public;

-- The records of a kind the caller holds directly besides ownership: live shares and memberships
-- (with write access only, when p_write). A definer (the owner bypasses row-level security): the
-- membership tables' own policies read the record tables, whose policies call this.
create or replace function private.direct_record_ids(p_kind text, p_write boolean default false)
    returns bigint[]
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.current_employee_id();
    ids bigint[];
    more bigint[];
    m private.kind_members;
begin
    select coalesce(array_agg(s.record_id), '{}') into ids
    from sales.record_shares s
    where s.employee_id = me and s.kind = p_kind
      and (s.expires_at is null or s.expires_at > statement_timestamp())
      and (not p_write or s.access = 'write');
    for m in select * from private.kind_members where kind = p_kind loop
        execute format('select coalesce(array_agg(%1$I), ''{}'') from %2$s where %3$I = $1 '
                       'and (not $2 or %4$I = ''write'')',
                       m.record_column, m.table_name, m.employee_column, m.access_column)
            into more using me, p_write;
        ids := ids || more;
    end loop;
    return ids;
end
$$;

-- THE id set of every access route beyond "owner in scope" and pool, for the caller: shares and
-- memberships (read, or write when p_write), and for reading also the records reached from a
-- record the caller owns or holds directly, and the records routed to such a record. Computed
-- afresh in every statement (the policies call it once, as an init plan), so a removed member or
-- an expired share loses access at the next statement. Reach and routes never give write.
create or replace function private.shared_record_ids(p_kind text, p_write boolean default false)
    returns bigint[]
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.current_employee_id();
    ids bigint[] := private.direct_record_ids(p_kind, p_write);
    more bigint[];
    r record;
    extended boolean := false;
begin
    if p_write or me is null then
        return ids;
    end if;
    -- (records the caller owns are left out: they are seen as their own, never as "shared")
    for r in select x.column_name, k.kind, k.table_name, k.owner_column, t.table_name as target_table,
                    t.owner_column as target_owner
             from private.kind_reach x join private.record_kinds k on k.kind = x.kind
                  join private.record_kinds t on t.kind = x.target_kind
             where x.target_kind = p_kind loop
        -- two index scans (owner, id), not one OR that would read the whole table
        execute format('select coalesce(array_agg(t.id), ''{}'') from %4$s t where t.id in ('
                       'select %1$I from %2$s where %3$I = $1 '
                       'union all select %1$I from %2$s where id = any ($2)) and t.%5$I is distinct from $1',
                       r.column_name, r.table_name, r.owner_column, r.target_table, r.target_owner)
            into more using me, private.direct_record_ids(r.kind);
        ids := ids || more;
        extended := true;
    end loop;
    for r in select x.column_name, x.target_kind, t.table_name as target_table, t.owner_column,
                    s.table_name, s.owner_column as own_column
             from private.kind_routes x
             join private.record_kinds t on t.kind = x.target_kind
             join private.record_kinds s on s.kind = x.kind
             where x.kind = p_kind loop
        execute format('select coalesce(array_agg(id), ''{}'') from %1$s where %2$I in '
                       '(select t.id from %3$s t where t.%4$I = $1 union all select unnest($2)) '
                       'and %5$I is distinct from $1',
                       r.table_name, r.column_name, r.target_table, r.owner_column, r.own_column)
            into more using me, private.direct_record_ids(r.target_kind);
        ids := ids || more;
        extended := true;
    end loop;
    if extended then
        ids := array(select distinct unnest(ids));
    end if;
    return ids;
end
$$;
alter function private.direct_record_ids(text, boolean) owner to salesdesk_owner;
revoke all on function private.direct_record_ids(text, boolean) from public;
grant execute on function private.shared_record_ids(text, boolean) to salesdesk_api;

-- A kind with routes beyond owner and pool reads the shared-ids set in its checks.
create or replace function private.require_shares(p_kind text) returns private.record_kinds
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
begin
    select * into k from private.record_kinds where kind = p_kind;
    if k.kind is null then
        raise exception 'kind %: declare it first', p_kind;
    end if;
    if k.parent_kind is not null or not k.shares then
        raise exception 'kind %: an access route needs an owned kind declared with p_shares => true', p_kind;
    end if;
    return k;
end
$$;
revoke all on function private.require_shares(text) from public;

-- Declare a membership table of a kind (idempotent). The table's rows are read by the
-- definer above; its own policies (who sees and who edits the membership) are the kind's rules.
create or replace procedure private.declare_members(p_kind text, p_table regclass, p_record_column text,
                                                    p_employee_column text, p_access_column text)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    c text;
begin
    perform private.require_shares(p_kind);
    foreach c in array array[p_record_column, p_employee_column, p_access_column] loop
        if not exists (select 1 from pg_attribute where attrelid = p_table and attname = c and not attisdropped) then
            raise exception 'members of %: no column % in %', p_kind, c, p_table;
        end if;
    end loop;
    insert into private.kind_members (kind, table_name, record_column, employee_column, access_column)
    values (p_kind, p_table, p_record_column, p_employee_column, p_access_column)
    on conflict (kind, table_name) do update set
        record_column = excluded.record_column, employee_column = excluded.employee_column,
        access_column = excluded.access_column;
    -- the set is looked up by employee, once per statement
    if not exists (select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                   where i.indrelid = p_table and a.attname = p_employee_column) then
        execute format('create index %I on %s (%I, %I)',
                       (select relname from pg_class where oid = p_table) || '_' || p_employee_column || '_idx',
                       p_table, p_employee_column, p_record_column);
    end if;
end
$$;

-- Declare reach along a declared reference (idempotent): the target kind must take shares.
create or replace procedure private.declare_reach(p_kind text, p_column text)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    target text := (select target_kind from private.kind_references where kind = p_kind and column_name = p_column);
begin
    if target is null then
        raise exception 'reach %.%: declare the reference first', p_kind, p_column;
    end if;
    perform private.require_shares(target);
    if (select parent_kind from private.record_kinds where kind = p_kind) is not null then
        raise exception 'reach %.%: reach is declared for owned kinds', p_kind, p_column;
    end if;
    insert into private.kind_reach (kind, column_name, target_kind) values (p_kind, p_column, target)
    on conflict (kind, column_name) do update set target_kind = excluded.target_kind;
end
$$;

-- Declare a route along a declared reference (idempotent): the routed kind must take shares.
create or replace procedure private.declare_route(p_kind text, p_column text)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    target text := (select target_kind from private.kind_references where kind = p_kind and column_name = p_column);
begin
    if target is null then
        raise exception 'route %.%: declare the reference first', p_kind, p_column;
    end if;
    perform private.require_shares(p_kind);
    if (select parent_kind from private.record_kinds where kind = target) is not null then
        raise exception 'route %.%: the target must be an owned kind', p_kind, p_column;
    end if;
    insert into private.kind_routes (kind, column_name, target_kind) values (p_kind, p_column, target)
    on conflict (kind, column_name) do update set target_kind = excluded.target_kind;
end
$$;

-- A membership row changed: its employee's client hears of it (the change feed's "about me"),
-- like a share's recipient does. Arguments: the kind, the record column, the employee column.
create or replace function private.member_changed() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    r jsonb := to_jsonb(case when tg_op = 'DELETE' then old else new end);
begin
    insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
    values (tg_argv[0] || '_member', (r ->> 'id')::bigint, tg_argv[0], (r ->> tg_argv[1])::bigint, tg_op,
            (r ->> tg_argv[2])::bigint);
    if tg_op = 'UPDATE' and (to_jsonb(old) ->> tg_argv[2]) is distinct from (r ->> tg_argv[2]) then
        insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
        values (tg_argv[0] || '_member', (r ->> 'id')::bigint, tg_argv[0], (r ->> tg_argv[1])::bigint, tg_op,
                (to_jsonb(old) ->> tg_argv[2])::bigint);
    end if;
    return null;
end
$$;

-- ---------------------------------------------------------------------------
-- Sales processes and their stages: company-wide reference data
-- ---------------------------------------------------------------------------
create table if not exists sales.sales_processes (
    id          bigint generated always as identity primary key,
    code        text not null unique check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    name        text not null check (btrim(name) = name and name <> '' and length(name) <= 100),
    name_en     text not null check (btrim(name_en) = name_en and name_en <> '' and length(name_en) <= 100),
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1
);
call private.protect_table('sales.sales_processes');

create table if not exists sales.opportunity_stages (
    id                bigint generated always as identity primary key,
    process_id        bigint not null references sales.sales_processes (id),
    position          integer not null check (position between 1 and 1000),
    code              text not null check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    name              text not null check (btrim(name) = name and name <> '' and length(name) <= 100),
    name_en           text not null check (btrim(name_en) = name_en and name_en <> '' and length(name_en) <= 100),
    probability       numeric(5, 2) not null check (probability between 0 and 100),
    forecast_category text not null check (forecast_category in ('pipeline', 'best_case', 'commit', 'closed', 'omitted')),
    outcome           text check (outcome in ('won', 'lost')),
    active            boolean not null default true,
    created_at        timestamptz not null default now(),
    created_by        bigint,
    updated_at        timestamptz not null default now(),
    updated_by        bigint,
    version           integer not null default 1,
    unique (process_id, code),
    unique (process_id, position) deferrable initially deferred
);
call private.protect_table('sales.opportunity_stages');

drop policy if exists "every employee reads the sales processes" on sales.sales_processes;
create policy "every employee reads the sales processes" on sales.sales_processes
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "maintain_picklists adds sales processes" on sales.sales_processes;
create policy "maintain_picklists adds sales processes" on sales.sales_processes
    for insert to salesdesk_api with check ((select private.has_permission('maintain_picklists')));
drop policy if exists "maintain_picklists changes sales processes" on sales.sales_processes;
create policy "maintain_picklists changes sales processes" on sales.sales_processes
    for update to salesdesk_api using ((select private.has_permission('maintain_picklists')))
    with check ((select private.has_permission('maintain_picklists')));
drop policy if exists "every employee reads the stages" on sales.opportunity_stages;
create policy "every employee reads the stages" on sales.opportunity_stages
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "maintain_picklists adds stages" on sales.opportunity_stages;
create policy "maintain_picklists adds stages" on sales.opportunity_stages
    for insert to salesdesk_api with check ((select private.has_permission('maintain_picklists')));
drop policy if exists "maintain_picklists changes stages" on sales.opportunity_stages;
create policy "maintain_picklists changes stages" on sales.opportunity_stages
    for update to salesdesk_api using ((select private.has_permission('maintain_picklists')))
    with check ((select private.has_permission('maintain_picklists')));
grant select, insert (code, name, name_en, active), update (name, name_en, active)
    on sales.sales_processes to salesdesk_api;
grant select, insert (process_id, position, code, name, name_en, probability, forecast_category, outcome, active),
    update (position, name, name_en, probability, forecast_category, outcome, active)
    on sales.opportunity_stages to salesdesk_api;

insert into sales.sales_processes (code, name, name_en) values ('default', '标准销售流程', 'Standard sales process')
on conflict (code) do nothing;
insert into sales.opportunity_stages (process_id, position, code, name, name_en, probability, forecast_category, outcome)
select p.id, s.position, s.code, s.name, s.name_en, s.probability, s.forecast_category, s.outcome
from sales.sales_processes p,
     (values (1, 'qualification', '初步接洽', 'Qualification', 10, 'pipeline', null),
             (2, 'needs_analysis', '需求确认', 'Needs analysis', 20, 'pipeline', null),
             (3, 'proposal', '方案报价', 'Proposal', 40, 'best_case', null),
             (4, 'negotiation', '商务谈判', 'Negotiation', 60, 'best_case', null),
             (5, 'commit', '签约审批', 'Commit', 80, 'commit', null),
             (6, 'won', '赢单', 'Won', 100, 'closed', 'won'),
             (7, 'lost', '输单', 'Lost', 0, 'omitted', 'lost'))
         s (position, code, name, name_en, probability, forecast_category, outcome)
where p.code = 'default'
on conflict (process_id, code) do nothing;

set local role salesdesk_api;
-- The stages, in process and position order (every employee).
create or replace function api.opportunity_stage_rows()
    returns table (id bigint, process_id bigint, process_name text, process_name_en text, "position" integer,
                   code text, name text, name_en text, probability numeric, forecast_category text,
                   outcome text, active boolean, version integer)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select s.id, s.process_id, p.name, p.name_en, s.position, s.code, s.name, s.name_en, s.probability,
           s.forecast_category, s.outcome, s.active, s.version
    from sales.opportunity_stages s join sales.sales_processes p on p.id = s.process_id
    where private.require_employee() is not null
    order by p.id, s.position
$$;

-- Add (p_id null) or change a stage; holders of maintain_picklists. Returns the stage's id.
create or replace function api.opportunity_stage_save(p_id bigint, p_version integer, p_values jsonb)
    returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    v jsonb := coalesce(p_values, '{}');
    saved bigint;
begin
    perform private.require_permission('maintain_picklists');
    begin
        if p_id is null then
            perform private.check_columns(v, array['process_id', 'position', 'code', 'name', 'name_en',
                                                   'probability', 'forecast_category', 'outcome', 'active']);
            insert into sales.opportunity_stages (process_id, position, code, name, name_en, probability,
                                                  forecast_category, outcome, active)
            select r.process_id, r.position, r.code, r.name, r.name_en, r.probability, r.forecast_category,
                   r.outcome, coalesce(r.active, true)
            from jsonb_populate_record(null::sales.opportunity_stages, v) r
            returning id into saved;
        else
            perform private.check_columns(v, array['position', 'name', 'name_en', 'probability',
                                                   'forecast_category', 'outcome', 'active']);
            update sales.opportunity_stages s
            set position = case when v ? 'position' then r.position else s.position end,
                name = case when v ? 'name' then r.name else s.name end,
                name_en = case when v ? 'name_en' then r.name_en else s.name_en end,
                probability = case when v ? 'probability' then r.probability else s.probability end,
                forecast_category = case when v ? 'forecast_category' then r.forecast_category else s.forecast_category end,
                outcome = case when v ? 'outcome' then r.outcome else s.outcome end,
                active = case when v ? 'active' then r.active else s.active end
            from jsonb_populate_record(null::sales.opportunity_stages, v) r
            where s.id = p_id and (p_version is null or s.version = p_version)
            returning s.id into saved;
            if saved is null then
                if exists (select 1 from sales.opportunity_stages where id = p_id) then
                    raise exception 'changed by someone else' using errcode = 'SD002';
                end if;
                raise exception 'record not found' using errcode = 'P0002';
            end if;
        end if;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return saved;
end
$$;

set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- The opportunity kind
-- ---------------------------------------------------------------------------
create table if not exists sales.opportunities (
    id                  bigint generated always as identity primary key,
    owner_id            bigint not null references sales.employees (id),
    customer_id         bigint not null references sales.customers (id),
    title               text not null check (btrim(title) = title and title <> '' and length(title) <= 200),
    amount              numeric(14, 2) not null default 0 check (amount >= 0),
    expected_close_date date,
    stage_id            bigint not null references sales.opportunity_stages (id),
    probability         numeric(5, 2) not null check (probability between 0 and 100),
    forecast_category   text not null check (forecast_category in ('pipeline', 'best_case', 'commit', 'closed', 'omitted')),
    source              text,
    competitors         text check (length(competitors) <= 500),
    next_step           text check (length(next_step) <= 500),
    won_lost_reason     text check (length(won_lost_reason) <= 500),
    notes               text check (length(notes) <= 4000),
    closed_at           timestamptz,
    archived_at         timestamptz,
    -- derived: the sort key and the search terms of the title
    name_sort           text collate "C" not null,
    search_text         text,
    search_grams        text[],
    created_at          timestamptz not null default now(),
    created_by          bigint,
    updated_at          timestamptz not null default now(),
    updated_by          bigint,
    version             integer not null default 1
);
create index if not exists opportunities_owner_idx on sales.opportunities (owner_id, name_sort, id);
create index if not exists opportunities_name_idx on sales.opportunities (name_sort, id);
create index if not exists opportunities_updated_idx on sales.opportunities (updated_at, id);
create index if not exists opportunities_amount_idx on sales.opportunities (amount, id);
create index if not exists opportunities_close_idx on sales.opportunities (expected_close_date, id);
create index if not exists opportunities_stage_idx on sales.opportunities (stage_id, id);
create index if not exists opportunities_search_idx on sales.opportunities using gin (search_grams);
grant select on sales.opportunities to salesdesk_api;

-- Product lines: line amount = round(quantity x unit price x (1 - discount / 100), 2), numeric
-- throughout (exact), rounded half away from zero, i.e. half up for these non-negative amounts.
create table if not exists sales.opportunity_lines (
    id             bigint generated always as identity primary key,
    opportunity_id bigint not null references sales.opportunities (id),
    product_id     bigint not null references sales.products (id),
    quantity       numeric(14, 3) not null check (quantity > 0),
    unit_price     numeric(14, 2) not null check (unit_price >= 0),
    discount       numeric(5, 2) not null default 0 check (discount between 0 and 100),
    notes          text check (length(notes) <= 500),
    amount         numeric(14, 2) generated always as (round(quantity * unit_price * (1 - discount / 100), 2)) stored,
    created_at     timestamptz not null default now(),
    created_by     bigint,
    updated_at     timestamptz not null default now(),
    updated_by     bigint,
    version        integer not null default 1
);
create index if not exists opportunity_lines_opportunity_idx on sales.opportunity_lines (opportunity_id, id);
create index if not exists opportunity_lines_product_idx on sales.opportunity_lines (product_id);
grant select on sales.opportunity_lines to salesdesk_api;

call private.declare_kind('opportunity', 'sales.opportunities', 'opportunities',
    p_owner_column => 'owner_id', p_shares => true, p_archivable => true,
    p_writable => array['customer_id', 'title', 'amount', 'expected_close_date', 'stage_id', 'probability',
                        'source', 'competitors', 'next_step', 'won_lost_reason', 'notes'],
    p_derived => array['name_sort', 'search_text', 'search_grams', 'forecast_category', 'closed_at'],
    p_sorts => '{"name": "name_sort", "amount": "amount", "expected_close_date": "expected_close_date",
                 "updated_at": "updated_at", "stage": "stage_id"}',
    p_filters => array['stage_id', 'forecast_category'], p_search => true);
call private.declare_kind('opportunity_line', 'sales.opportunity_lines', 'opportunity_lines',
    p_parent_kind => 'opportunity', p_parent_column => 'opportunity_id', p_deletable => true,
    p_insertable => array['opportunity_id'],
    p_writable => array['product_id', 'quantity', 'unit_price', 'discount', 'notes'],
    p_sorts => '{"updated_at": "updated_at"}');
call private.declare_reference('opportunity', 'customer_id', 'customer');
-- On leave a deal goes to the leaver's manager (or the named successor): a deal has no pool, and
-- it must stay with someone who answers for the pipeline and may hand it on again.
call private.declare_handover('opportunity', 'manager');

-- The kind's own rules, derived on every write (a definer: it reads the stage and the lines).
--  * no stage given on create: the first active stage of the default process;
--  * a stage change (or create) sets the probability to the stage's default, unless the same
--    statement sets the probability itself; the forecast category always comes from the stage;
--  * entering a won or lost stage sets closed_at, leaving it clears it; a lost deal needs a reason;
--  * with product lines the amount is their sum and cannot be set by hand.
create or replace function private.opportunity_derive() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    st sales.opportunity_stages;
    lines numeric;
    moved boolean := tg_op = 'INSERT' or new.stage_id is distinct from old.stage_id;
begin
    if new.stage_id is null then
        select s.id into new.stage_id from sales.opportunity_stages s join sales.sales_processes p on p.id = s.process_id
        where p.code = 'default' and s.active order by s.position limit 1;
    end if;
    select * into st from sales.opportunity_stages where id = new.stage_id;
    if st.id is null then
        raise exception 'referenced record not found' using errcode = 'P0002';
    end if;
    if moved and (tg_op = 'INSERT' and new.probability is null
                  or tg_op = 'UPDATE' and new.probability is not distinct from old.probability) then
        new.probability := st.probability;
    end if;
    new.forecast_category := st.forecast_category;
    if st.outcome is null then
        new.closed_at := null;
    elsif moved then
        new.closed_at := statement_timestamp();
    end if;
    if st.outcome = 'lost' and coalesce(btrim(new.won_lost_reason), '') = '' then
        raise exception 'a lost deal needs a reason' using errcode = '23514';
    end if;
    if tg_op = 'UPDATE' then
        select sum(l.amount) into lines from sales.opportunity_lines l where l.opportunity_id = new.id;
        if lines is not null and new.amount <> lines then
            if new.amount is distinct from old.amount then
                raise exception 'the amount follows the product lines' using errcode = '23514';
            end if;
            new.amount := lines;
        end if;
    end if;
    new.name_sort := private.pinyin_key(new.title);
    new.search_text := concat_ws(E'\x1f', private.search_norm(new.title), private.pinyin_search(new.title));
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$$;
drop trigger if exists derive on sales.opportunities;
create trigger derive before insert or update on sales.opportunities
    for each row execute function private.opportunity_derive();

-- Lines changed: the deal's amount follows them (its derive trigger takes their sum). As the
-- writer: whoever may write a line may write its deal (the line's policy is the deal's).
create or replace function private.opportunity_lines_changed() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    deal bigint;
begin
    for deal in select distinct x from unnest(array[case when tg_op <> 'INSERT' then old.opportunity_id end,
                                                    case when tg_op <> 'DELETE' then new.opportunity_id end]) x
                where x is not null loop
        update sales.opportunities o
        set amount = coalesce((select sum(l.amount) from sales.opportunity_lines l where l.opportunity_id = deal),
                              o.amount)
        where o.id = deal;
    end loop;
    return null;
end
$$;
drop trigger if exists amount_follows on sales.opportunity_lines;
create trigger amount_follows after insert or delete or update of quantity, unit_price, discount, opportunity_id
    on sales.opportunity_lines for each row execute function private.opportunity_lines_changed();

-- Stage history: who moved the deal, when, from where to where, at what probability and amount.
create table if not exists sales.opportunity_stage_history (
    id             bigint generated always as identity primary key,
    opportunity_id bigint not null references sales.opportunities (id),
    changed_at     timestamptz not null default statement_timestamp(),
    changed_by     bigint references sales.employees (id),
    from_stage_id  bigint references sales.opportunity_stages (id),
    to_stage_id    bigint not null references sales.opportunity_stages (id),
    probability    numeric(5, 2) not null,
    amount         numeric(14, 2) not null
);
create index if not exists opportunity_stage_history_idx on sales.opportunity_stage_history (opportunity_id, id);
call private.protect_table('sales.opportunity_stage_history', p_stamp => false);
drop policy if exists "stage history is read by whoever sees the deal" on sales.opportunity_stage_history;
create policy "stage history is read by whoever sees the deal" on sales.opportunity_stage_history
    for select to salesdesk_api
    using (exists (select 1 from sales.opportunities o where o.id = opportunity_id));
grant select on sales.opportunity_stage_history to salesdesk_api;

create or replace function private.opportunity_stage_logged() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' or new.stage_id is distinct from old.stage_id then
        insert into sales.opportunity_stage_history (opportunity_id, changed_by, from_stage_id, to_stage_id,
                                                     probability, amount)
        values (new.id, private.current_employee_id(), case when tg_op = 'UPDATE' then old.stage_id end,
                new.stage_id, new.probability, new.amount);
    end if;
    return null;
end
$$;
drop trigger if exists stage_logged on sales.opportunities;
create trigger stage_logged after insert or update of stage_id on sales.opportunities
    for each row execute function private.opportunity_stage_logged();

-- ---------------------------------------------------------------------------
-- The deal team: members with a role, access and revenue credit
-- ---------------------------------------------------------------------------
create table if not exists sales.opportunity_members (
    id             bigint generated always as identity primary key,
    opportunity_id bigint not null references sales.opportunities (id),
    employee_id    bigint not null references sales.employees (id),
    role           text not null default 'other' check (role in ('lead', 'presales', 'support', 'finance', 'other')),
    access         text not null default 'read' check (access in ('read', 'write')),
    credit_share   numeric(5, 2) not null default 0 check (credit_share between 0 and 100),
    overlay_credit numeric(5, 2) check (overlay_credit between 0 and 100),
    created_at     timestamptz not null default now(),
    created_by     bigint,
    updated_at     timestamptz not null default now(),
    updated_by     bigint,
    version        integer not null default 1,
    unique (opportunity_id, employee_id)
);
call private.protect_table('sales.opportunity_members');
-- Seen by whoever sees the deal; written by whoever may hand the deal on (owner and superiors),
-- never by a member as such (members never hand on).
drop policy if exists "a deal's team is seen with the deal" on sales.opportunity_members;
create policy "a deal's team is seen with the deal" on sales.opportunity_members
    for select to salesdesk_api
    using (exists (select 1 from sales.opportunities o where o.id = opportunity_id));
drop policy if exists "who may hand a deal on adds to its team" on sales.opportunity_members;
create policy "who may hand a deal on adds to its team" on sales.opportunity_members
    for insert to salesdesk_api
    with check ((select private.may_hand_on(h.owner_id, h.pool_id)
                 from private.record_holder('opportunity', opportunity_id) h));
drop policy if exists "who may hand a deal on changes its team" on sales.opportunity_members;
create policy "who may hand a deal on changes its team" on sales.opportunity_members
    for update to salesdesk_api
    using ((select private.may_hand_on(h.owner_id, h.pool_id) from private.record_holder('opportunity', opportunity_id) h))
    with check ((select private.may_hand_on(h.owner_id, h.pool_id)
                 from private.record_holder('opportunity', opportunity_id) h));
drop policy if exists "who may hand a deal on removes from its team" on sales.opportunity_members;
create policy "who may hand a deal on removes from its team" on sales.opportunity_members
    for delete to salesdesk_api
    using ((select private.may_hand_on(h.owner_id, h.pool_id) from private.record_holder('opportunity', opportunity_id) h));
grant select, delete, insert (opportunity_id, employee_id, role, access, credit_share, overlay_credit),
    update (role, access, credit_share, overlay_credit) on sales.opportunity_members to salesdesk_api;

call private.declare_members('opportunity', 'sales.opportunity_members', 'opportunity_id', 'employee_id', 'access');
call private.declare_reach('opportunity', 'customer_id');
drop trigger if exists member_changed on sales.opportunity_members;
create trigger member_changed after insert or update or delete on sales.opportunity_members
    for each row execute function private.member_changed('opportunity', 'opportunity_id', 'employee_id');

-- Adding a member follows the share rules (private.check_share): an active employee only. Unlike
-- a share, the deal's owner may be a member: the row carries the owner's credit share.
create or replace function private.check_member() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if not exists (select 1 from sales.employees e where e.id = new.employee_id and e.active) then
        raise exception 'team member must be an active employee' using errcode = '23514';
    end if;
    return new;
end
$$;
drop trigger if exists check_member on sales.opportunity_members;
create trigger check_member before insert or update of employee_id on sales.opportunity_members
    for each row execute function private.check_member();

-- Revenue credit: when any member of a deal's team has a credit share, the shares sum to exactly
-- 100.00 -- checked at commit, so a team is rewritten freely within its transaction. A deal whose
-- team has no credit (or no team) credits its owner with 100 %.
create or replace function private.check_credit_shares() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    deal bigint := case when tg_op = 'DELETE' then old.opportunity_id else new.opportunity_id end;
    total numeric;
begin
    select sum(credit_share) into total from sales.opportunity_members where opportunity_id = deal;
    if total is not null and total <> 0 and total <> 100 then
        raise exception 'the credit shares of a deal''s team must sum to 100 %%' using errcode = '23514',
            detail = format('they sum to %s', total);
    end if;
    return null;
end
$$;
drop trigger if exists credit_shares on sales.opportunity_members;
create constraint trigger credit_shares after insert or update or delete on sales.opportunity_members
    deferrable initially deferred for each row execute function private.check_credit_shares();

-- ---------------------------------------------------------------------------
-- API (owned by salesdesk_api: row-level security decides every row)
-- ---------------------------------------------------------------------------
set local role salesdesk_api;
-- The rows of the given deals in that order, or every visible deal (the read view).
create or replace function api.opportunity_rows(p_ids bigint[] default null)
    returns table (id bigint, title text, customer_id bigint, customer_name text, amount numeric,
                   expected_close_date date, stage_id bigint, stage_name text, stage_name_en text,
                   stage_position integer, probability numeric, forecast_category text, outcome text,
                   source text, owner_id bigint, owner_name text, unit_id bigint, unit_name text,
                   closed_at timestamptz, updated_at timestamptz, archived_at timestamptz, version integer)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select o.id, o.title, o.customer_id, c.name, o.amount, o.expected_close_date, o.stage_id, s.name, s.name_en,
           s.position, o.probability, o.forecast_category, s.outcome, o.source, o.owner_id, e.name, u.id, u.name,
           o.closed_at, o.updated_at, o.archived_at, o.version
    from (select x.id, x.n from unnest(p_ids) with ordinality x (id, n) where p_ids is not null
          union all
          select o2.id, null from sales.opportunities o2 where p_ids is null) x
        join sales.opportunities o on o.id = x.id
        join sales.opportunity_stages s on s.id = o.stage_id
        left join sales.customers c on c.id = o.customer_id
        left join sales.employees e on e.id = o.owner_id
        left join sales.org_units u on u.id = e.unit_id
    where private.require_employee() is not null
    order by x.n, o.name_sort, o.id
$$;
create or replace view api.opportunities as select * from api.opportunity_rows();

-- A page of the deal list (private.list_page: RLS, scope hint, declared sorts and filters).
create or replace function api.opportunity_list(p_query jsonb default '{}', p_sort text default 'name',
                                                p_descending boolean default false, p_after text default null,
                                                p_limit integer default 50)
    returns table (id bigint, title text, customer_id bigint, customer_name text, amount numeric,
                   expected_close_date date, stage_id bigint, stage_name text, stage_name_en text,
                   stage_position integer, probability numeric, forecast_category text, outcome text,
                   source text, owner_id bigint, owner_name text, unit_id bigint, unit_name text,
                   closed_at timestamptz, updated_at timestamptz, archived_at timestamptz, version integer,
                   can_edit boolean, can_manage boolean, access text, cursor text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        with page as materialized (
            select l.*, row_number() over () as n
            from private.list_page('opportunity', p_query, p_sort, p_descending, p_after, p_limit) l)
        select r.*, page.can_edit, page.can_manage, page.access, page.cursor
        from page join api.opportunity_rows(array(select page.id from page order by page.n)) r on r.id = page.id
        order by page.n;
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$$;

-- One deal for its editor, with the caller's rights (no row: hidden and missing alike).
create or replace function api.opportunity_get(p_id bigint)
    returns table (id bigint, title text, customer_id bigint, customer_name text, amount numeric,
                   expected_close_date date, stage_id bigint, probability numeric, forecast_category text,
                   source text, competitors text, next_step text, won_lost_reason text, notes text,
                   owner_id bigint, owner_name text, closed_at timestamptz, archived_at timestamptz,
                   has_lines boolean, version integer, created_at timestamptz, created_by_name text,
                   updated_at timestamptz, updated_by_name text, can_edit boolean, can_manage boolean, access text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select o.id, o.title, o.customer_id, c.name, o.amount, o.expected_close_date, o.stage_id, o.probability,
           o.forecast_category, o.source, o.competitors, o.next_step, o.won_lost_reason, o.notes,
           o.owner_id, e.name, o.closed_at, o.archived_at,
           exists (select 1 from sales.opportunity_lines l where l.opportunity_id = o.id),
           o.version, o.created_at, cb.name, o.updated_at, ub.name, r.can_edit, r.can_manage,
           case when o.owner_id = private.current_employee_id() then 'owner'
                when private.sees_all() or o.owner_id = any (private.visible_owner_ids()) then 'scope'
                when o.id = any (private.shared_record_ids('opportunity', true)) then 'write'
                else 'read' end
    from sales.opportunities o
        cross join lateral private.record_rights('opportunity', o.id) r
        left join sales.customers c on c.id = o.customer_id
        left join sales.employees e on e.id = o.owner_id
        left join sales.employees cb on cb.id = o.created_by
        left join sales.employees ub on ub.id = o.updated_by
    where o.id = p_id and private.require_employee() is not null
$$;

-- A deal's product lines, or (null) every line I see: the read view (the deal's visibility).
create or replace function api.opportunity_line_rows(p_opportunity_id bigint default null)
    returns table (id bigint, opportunity_id bigint, product_id bigint, product_code text, product_name text,
                   unit text, quantity numeric, unit_price numeric, discount numeric, amount numeric,
                   notes text, version integer)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select l.id, l.opportunity_id, l.product_id, p.code, p.name, p.unit, l.quantity, l.unit_price, l.discount,
           l.amount, l.notes, l.version
    from (select l2.id from sales.opportunity_lines l2 where l2.opportunity_id = p_opportunity_id
          union all
          select l2.id from sales.opportunity_lines l2 where p_opportunity_id is null) x
        join sales.opportunity_lines l on l.id = x.id
        join sales.products p on p.id = l.product_id
    where private.require_employee() is not null
    order by l.opportunity_id, l.id
$$;
create or replace view api.opportunity_lines as select * from api.opportunity_line_rows();

-- A deal's stage history, newest first (no rows: hidden and missing alike).
create or replace function api.opportunity_stage_history(p_id bigint)
    returns table (id bigint, changed_at timestamptz, changed_by bigint, changed_by_name text,
                   from_stage_id bigint, from_stage_name text, from_stage_name_en text,
                   to_stage_id bigint, to_stage_name text, to_stage_name_en text, probability numeric, amount numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select h.id, h.changed_at, h.changed_by, e.name, h.from_stage_id, f.name, f.name_en, h.to_stage_id, t.name,
           t.name_en, h.probability, h.amount
    from sales.opportunity_stage_history h
        join sales.opportunity_stages t on t.id = h.to_stage_id
        left join sales.opportunity_stages f on f.id = h.from_stage_id
        left join sales.employees e on e.id = h.changed_by
    where h.opportunity_id = p_id and private.require_employee() is not null
    order by h.id desc
$$;

-- A deal's team (no rows: hidden and missing alike).
create or replace function api.opportunity_team(p_id bigint)
    returns table (id bigint, employee_id bigint, employee_name text, active boolean, role text, access text,
                   credit_share numeric, overlay_credit numeric, version integer)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select m.id, m.employee_id, e.name, e.active, m.role, m.access, m.credit_share, m.overlay_credit, m.version
    from sales.opportunity_members m join sales.employees e on e.id = m.employee_id
    where m.opportunity_id = p_id and private.require_employee() is not null
    order by m.credit_share desc, e.name, m.id
$$;

-- Save a deal's whole team at once: p_members is an array of {employee_id, role, access,
-- credit_share, overlay_credit}; members not named are removed. Only whoever may hand the deal
-- on; the deal's version is checked (and returned). Shares summing to 100 are checked at commit.
create or replace function api.opportunity_team_save(p_id bigint, p_version integer, p_members jsonb)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    r record := private.record_rights('opportunity', p_id);
    new_version integer;
begin
    perform private.require_employee();
    perform private.hand_on_checked('opportunity', p_id, false);
    if p_version is not null and r.version <> p_version then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    if jsonb_typeof(coalesce(p_members, '[]')) <> 'array' then
        raise exception 'not a valid team' using errcode = 'SD005';
    end if;
    begin
        if exists (select 1 from jsonb_array_elements(coalesce(p_members, '[]')) m
                   where jsonb_typeof(m) <> 'object'
                      or exists (select 1 from jsonb_object_keys(m) key
                                 where key not in ('employee_id', 'role', 'access', 'credit_share', 'overlay_credit'))) then
            raise exception 'not a valid team' using errcode = 'SD005';
        end if;
        -- the deal is locked while its team is rewritten (its version is not bumped: the team
        -- is not a field of the deal; a second save waits here, then sees the team saved)
        select o.version into new_version from sales.opportunities o where o.id = p_id for update;
        if p_version is not null and new_version <> p_version then
            raise exception 'changed by someone else' using errcode = 'SD002';
        end if;
        delete from sales.opportunity_members m
        where m.opportunity_id = p_id
          and m.employee_id not in (select (x ->> 'employee_id')::bigint
                                    from jsonb_array_elements(coalesce(p_members, '[]')) x);
        insert into sales.opportunity_members as m (opportunity_id, employee_id, role, access, credit_share,
                                                   overlay_credit)
        select p_id, t.employee_id, coalesce(t.role, 'other'), coalesce(t.access, 'read'),
               coalesce(t.credit_share, 0), t.overlay_credit
        from jsonb_to_recordset(coalesce(p_members, '[]')) t (employee_id bigint, role text, access text,
                                                            credit_share numeric, overlay_credit numeric)
        on conflict (opportunity_id, employee_id) do update
            set role = excluded.role, access = excluded.access, credit_share = excluded.credit_share,
                overlay_credit = excluded.overlay_credit
            where (m.role, m.access, m.credit_share, m.overlay_credit)
                  is distinct from (excluded.role, excluded.access, excluded.credit_share, excluded.overlay_credit);
    exception
        when data_exception then
            raise exception 'a value does not fit its field' using errcode = 'SD005';
        when foreign_key_violation or not_null_violation then
            raise exception 'team member must be an active employee' using errcode = '23514';
        when unique_violation then
            raise exception 'a team member is named twice' using errcode = '23514';
    end;
    return new_version;
end
$$;

-- Move a deal to a stage (the board's drag; undo is moving it back). Probability and forecast
-- category follow the stage (the kind's rule). A lost stage needs p_reason (or a reason already
-- given). Returns the new version.
create or replace function api.opportunity_set_stage(p_id bigint, p_version integer, p_stage_id bigint,
                                                     p_reason text default null)
    returns integer
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    select api.record_update('opportunity', p_id, p_version,
                             jsonb_strip_nulls(jsonb_build_object('stage_id', p_stage_id, 'won_lost_reason', p_reason)))
$$;

-- The board's column totals: per stage, the count, the amount and the weighted amount (each
-- deal's amount x probability / 100 rounded to the fen half up, then summed) of the deals the
-- caller sees under the list's filters (p_query as for api.opportunity_list).
create or replace function api.opportunity_board(p_query jsonb default '{}')
    returns table (stage_id bigint, deals bigint, amount numeric, weighted_amount numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    f private.list_filter;
    cs private.caller_sets := private.caller_sets('opportunity');
begin
    f := private.list_filter('opportunity', p_query);
    return query execute format(
        'select stage_id, count(*), coalesce(sum(amount), 0), coalesce(sum(round(amount * probability / 100, 2)), 0) '
        'from %s where %s and %s group by stage_id', f.table_name, private.bind_caller_sets(f.conds, f.kind),
        private.search_index_cond(f))
        using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, null::text,
              cs.sees_all, cs.owners, cs.pools, cs.shared, cs.shared_write, cs.managed_owners, cs.managed_pools;
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$$;

reset role;
revoke all on function api.opportunity_stage_rows(), api.opportunity_stage_save(bigint, integer, jsonb),
    api.opportunity_rows(bigint[]), api.opportunity_list(jsonb, text, boolean, text, integer),
    api.opportunity_get(bigint), api.opportunity_line_rows(bigint), api.opportunity_stage_history(bigint),
    api.opportunity_team(bigint), api.opportunity_team_save(bigint, integer, jsonb),
    api.opportunity_set_stage(bigint, integer, bigint, text), api.opportunity_board(jsonb) from public;
grant execute on function api.opportunity_stage_rows(), api.opportunity_stage_save(bigint, integer, jsonb),
    api.opportunity_rows(bigint[]), api.opportunity_list(jsonb, text, boolean, text, integer),
    api.opportunity_get(bigint), api.opportunity_line_rows(bigint), api.opportunity_stage_history(bigint),
    api.opportunity_team(bigint), api.opportunity_team_save(bigint, integer, jsonb),
    api.opportunity_set_stage(bigint, integer, bigint, text), api.opportunity_board(jsonb) to salesdesk_user;
grant select on api.opportunities, api.opportunity_lines to salesdesk_user;
