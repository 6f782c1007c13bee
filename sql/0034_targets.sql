-- 0034 Targets split down the tree, with versions (issue 14 §1).
--
-- 1. A target set is one fiscal year and one metric (sales.metrics). Its versions
--    (sales.target_versions, the kind 'target_version', owned by the employee who drafted it) go
--    draft → (submitted →) published; publishing one supersedes the published one before it;
--    rejected and withdrawn drafts are kept. Who, when and why stay on every version; nothing of
--    a version is ever deleted and its values never change once it has left the draft.
-- 2. sales.target_values: one value per version, node, month (the first day of a fiscal month)
--    and tier (target 目标, sprint 冲刺, challenge 挑战), numeric(16,2) ≥ 0, whole for count metrics.
--    Nodes: the company ('company', node_id null), a unit ('unit', id) and a person ('person', id).
--    The tree: the root unit (HQ, parent_id null) *is* the company node; the company's children are
--    the units right below the root and the active people of the root; a unit's children are its
--    child units and the active people whose current unit it is.
-- 3. Reconciliation at every node with children, per month and tier: allocated = the sum of the
--    children's values; value − allocated > 0 is unallocated, < 0 over-allocated (a missing value
--    counts as 0). api.target_reconciliation answers it for a version; publishing refuses (SDT01)
--    while any node is not reconciled.
-- 4. Who writes which value (RLS + WITH CHECK on sales.target_values): a person writes only nodes
--    strictly below themselves in their scope: units below their own unit that their scope covers,
--    and people in their scope other than themselves; never their own person node, their own unit or
--    a superior's. The company node: whoever holds maintain_targets. Reading: published (and
--    superseded) values of the nodes in my scope, my own person node and my own unit (the company
--    for the root's people and for maintain_targets); a draft's values only where I write, plus my
--    own unit and my own target when I write someone (the value I split, and my part of my unit's):
--    a salesperson reads no draft.
-- 5. Splits of one node's value among its children (api.target_split): even, by last year's share,
--    by headcount. The rule to the fen: each child gets floor(value × weight / total weight) at the
--    metric's precision (0.01, or 1 for counts); what is left goes to the child with the largest
--    weight (ties: units before people, then the smaller id), so the parts add up exactly.
-- 6. Staff changes (private.target_rebalance): the open months (from the current month on) of a
--    person who leaves or moves go to a successor in the same unit or evenly among the unit's other
--    active people, as a new published version of every set that has a published one, with the
--    reason recorded.
set local role salesdesk_owner;

insert into sales.permissions (code, name, name_en, description, description_en, sort_order) values
    ('maintain_targets', '维护公司目标', 'Maintain company targets',
     '设定公司整体目标，发布第一版目标', 'Set the company''s own target and publish a year''s first version', 75)
on conflict (code) do nothing;
insert into sales.position_permissions (position_id, permission)
select p.id, 'maintain_targets' from sales.positions p where p.code in ('director', 'admin')
on conflict do nothing;

-- ---------------------------------------------------------------------------
-- 1. Versions: the kind
-- ---------------------------------------------------------------------------
create table if not exists sales.target_versions (
    id            bigint generated always as identity primary key,
    owner_id      bigint not null references sales.employees (id),
    fiscal_year   integer not null default 2026 check (fiscal_year between 1900 and 9999),
    metric        text not null default 'contract_amount' references sales.metrics (code),
    number        integer not null default 0,
    status        text not null default 'draft'
                  check (status in ('draft', 'submitted', 'published', 'superseded', 'rejected', 'withdrawn')),
    reason        text check (length(reason) <= 1000),
    based_on      bigint references sales.target_versions (id),
    submitted_at  timestamptz,
    submitted_by  bigint references sales.employees (id),
    published_at  timestamptz,
    published_by  bigint references sales.employees (id),
    superseded_at timestamptz,
    created_at    timestamptz not null default now(),
    created_by    bigint,
    updated_at    timestamptz not null default now(),
    updated_by    bigint,
    version       integer not null default 1
);
create unique index if not exists target_versions_number_idx on sales.target_versions (fiscal_year, metric, number)
    where number > 0;
create unique index if not exists target_versions_published_idx on sales.target_versions (fiscal_year, metric)
    where status = 'published';
create index if not exists target_versions_owner_idx on sales.target_versions (owner_id) include (id);

call private.declare_kind('target_version', 'sales.target_versions', 'target_versions',
    p_owner_column => 'owner_id', p_writable => array['reason'],
    p_sorts => '{"updated_at": "updated_at", "fiscal_year": "fiscal_year"}', p_filters => array['status', 'metric']);
-- a leaver's versions go to their manager (never to a customer pool)
call private.declare_handover('target_version', 'manager');

reset role;
call private.declare_api('target_version', 'v',
    'v.id, v.owner_id, o.name as owner_name, v.fiscal_year, v.metric, v.number, v.status, v.reason, v.based_on,
     v.submitted_at, v.published_at, v.superseded_at, v.created_at, v.updated_at, v.version',
    'left join sales.employees o on o.id = v.owner_id',
    'v.updated_at desc, v.id desc', p_sort => 'updated_at', p_descending => true, p_get => true);
set local role salesdesk_owner;

-- A version's number in its set (1, 2, …) and the rule that only a draft's reason changes.
create or replace function private.target_version_rules() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        perform pg_advisory_xact_lock(hashtext('target_set'), hashtext(new.fiscal_year || '/' || new.metric));
        new.number := coalesce((select max(v.number) from sales.target_versions v
                                where v.fiscal_year = new.fiscal_year and v.metric = new.metric), 0) + 1;
        return new;
    end if;
    -- the owner moves on a hand-over when its author leaves (created_by keeps who drafted it)
    if (new.fiscal_year, new.metric, new.number, new.based_on, new.created_at, new.created_by)
       is distinct from (old.fiscal_year, old.metric, old.number, old.based_on, old.created_at, old.created_by) then
        raise exception 'a target version keeps its set and number' using errcode = 'SDT02';
    end if;
    if new.reason is distinct from old.reason and old.status <> 'draft' then
        raise exception 'only a draft target version changes' using errcode = 'SDT02';
    end if;
    return new;
end
$$;
revoke all on function private.target_version_rules() from public;
drop trigger if exists target_version_rules on sales.target_versions;
create trigger target_version_rules before insert or update on sales.target_versions
    for each row execute function private.target_version_rules();

-- ---------------------------------------------------------------------------
-- 2. Values
-- ---------------------------------------------------------------------------
create table if not exists sales.target_values (
    id         bigint generated always as identity primary key,
    version_id bigint not null references sales.target_versions (id),
    node_kind  text not null check (node_kind in ('company', 'unit', 'person')),
    node_id    bigint,
    month      date not null check (extract(day from month) = 1),
    tier       text not null default 'target' check (tier in ('target', 'sprint', 'challenge')),
    value      numeric(16, 2) not null check (value >= 0),
    created_at timestamptz not null default now(),
    created_by bigint,
    updated_at timestamptz not null default now(),
    updated_by bigint,
    version    integer not null default 1,
    check ((node_kind = 'company') = (node_id is null))
);
create unique index if not exists target_values_cell_idx
    on sales.target_values (version_id, node_kind, coalesce(node_id, 0), month, tier);
create index if not exists target_values_node_idx on sales.target_values (node_kind, node_id, month);
call private.protect_table('sales.target_values');

-- The company's root units (the company node) and the tree of nodes below them.
create or replace function private.target_root_units() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(array_agg(u.id), '{}') from sales.org_units u where u.parent_id is null
$$;

-- Every node of the current tree with its parent (the company's parent is null).
create or replace function private.target_tree()
    returns table (node_kind text, node_id bigint, parent_kind text, parent_id bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select 'company', null::bigint, null::text, null::bigint
    union all
    select 'unit', u.id, case when p.parent_id is null then 'company' else 'unit' end,
           case when p.parent_id is null then null else p.id end
    from sales.org_units u join sales.org_units p on p.id = u.parent_id
    union all
    select 'person', e.id, case when u.parent_id is null then 'company' else 'unit' end,
           case when u.parent_id is null then null else u.id end
    from sales.employees e join sales.org_units u on u.id = e.unit_id
    where e.active
$$;

-- The caller's unit, as a node: the company for the root's people.
create or replace function private.target_my_unit(out node_kind text, out node_id bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select case when u.parent_id is null then 'company' else 'unit' end,
           case when u.parent_id is null then null else u.id end
    from sales.employees e join sales.org_units u on u.id = e.unit_id
    where e.id = private.current_employee_id()
$$;

-- The units whose values the caller writes: below their own unit, in their scope, never a root.
create or replace function private.target_write_units() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(array_agg(v.unit_id), '{}')
    from private.pool_visibility v join sales.org_units u on u.id = v.unit_id
    where v.viewer_id = private.current_employee_id() and v.manages and u.parent_id is not null
      and v.unit_id <> (select e.unit_id from sales.employees e where e.id = v.viewer_id)
      and v.unit_id = any (private.unit_subtree((select e.unit_id from sales.employees e where e.id = v.viewer_id)))
$$;

-- The units whose published values the caller reads: their own and those their scope covers.
create or replace function private.target_read_units() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(array_agg(distinct x.id), '{}')
    from (select v.unit_id as id from private.pool_visibility v
          where v.viewer_id = private.current_employee_id() and v.manages
          union all
          select e.unit_id from sales.employees e where e.id = private.current_employee_id()) x
$$;

-- The people whose values the caller writes: those in their scope but themselves.
create or replace function private.target_write_people() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select array_remove(private.visible_owner_ids(), private.current_employee_id())
$$;

-- Does the caller read the company node? maintain_targets, or the root's own people.
create or replace function private.target_reads_company() returns boolean
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select private.has_permission('maintain_targets')
        or coalesce((select t.node_kind = 'company' from private.target_my_unit() t), false)
$$;

-- Versions by state: published or superseded (history every reader sees), and drafts.
create or replace function private.target_versions_in(p_states text[]) returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(array_agg(v.id), '{}') from sales.target_versions v where v.status = any (p_states)
$$;

-- The one write rule, for the policies and the services' rights alike.
create or replace function private.target_node_writable(p_node_kind text, p_node_id bigint) returns boolean
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select case p_node_kind
        when 'company' then private.has_permission('maintain_targets')
        when 'unit' then p_node_id = any (private.target_write_units())
        when 'person' then p_node_id = any (private.target_write_people())
        else false end
$$;

do $$
declare
    f text;
begin
    foreach f in array array['private.target_root_units()', 'private.target_tree()', 'private.target_my_unit()',
                             'private.target_write_units()', 'private.target_read_units()',
                             'private.target_write_people()', 'private.target_reads_company()',
                             'private.target_versions_in(text[])', 'private.target_node_writable(text, bigint)'] loop
        execute format('revoke all on function %s from public', f);
        execute format('grant execute on function %s to salesdesk_api', f);
    end loop;
end
$$;

drop policy if exists "employees read the targets of their scope and their own" on sales.target_values;
create policy "employees read the targets of their scope and their own" on sales.target_values
    for select to salesdesk_api using (
        (version_id = any ((select private.target_versions_in(array['published', 'superseded']))::bigint[])
         and case node_kind
             when 'company' then (select private.target_reads_company())
             when 'unit' then node_id = any ((select private.target_read_units())::bigint[])
             else node_id = any ((select private.visible_owner_ids())::bigint[]) end)
        or (version_id = any ((select private.target_versions_in(array['draft', 'submitted', 'rejected', 'withdrawn']))::bigint[])
            and case node_kind
                when 'company' then (select private.has_permission('maintain_targets'))
                                    or (select private.target_reads_company())
                                       and cardinality((select private.target_write_people())) > 0
                when 'unit' then node_id = any ((select private.target_write_units())::bigint[])
                                 or node_id = (select t.node_id from private.target_my_unit() t)
                                    and cardinality((select private.target_write_people())) > 0
                else node_id = any ((select private.target_write_people())::bigint[])
                     or node_id = (select private.current_employee_id())
                        and cardinality((select private.target_write_people())) > 0 end));
drop policy if exists "employees add draft targets strictly below themselves" on sales.target_values;
create policy "employees add draft targets strictly below themselves" on sales.target_values
    for insert to salesdesk_api with check (
        version_id = any ((select private.target_versions_in(array['draft']))::bigint[])
        and case node_kind
            when 'company' then (select private.has_permission('maintain_targets'))
            when 'unit' then node_id = any ((select private.target_write_units())::bigint[])
            else node_id = any ((select private.target_write_people())::bigint[]) end);
drop policy if exists "employees change draft targets strictly below themselves" on sales.target_values;
create policy "employees change draft targets strictly below themselves" on sales.target_values
    for update to salesdesk_api using (
        version_id = any ((select private.target_versions_in(array['draft']))::bigint[])
        and case node_kind
            when 'company' then (select private.has_permission('maintain_targets'))
            when 'unit' then node_id = any ((select private.target_write_units())::bigint[])
            else node_id = any ((select private.target_write_people())::bigint[]) end)
    with check (
        version_id = any ((select private.target_versions_in(array['draft']))::bigint[])
        and case node_kind
            when 'company' then (select private.has_permission('maintain_targets'))
            when 'unit' then node_id = any ((select private.target_write_units())::bigint[])
            else node_id = any ((select private.target_write_people())::bigint[]) end);
revoke all on sales.target_values from public, salesdesk_user, salesdesk_api;
grant select, insert (version_id, node_kind, node_id, month, tier, value), update (value)
    on sales.target_values to salesdesk_api;

-- Values change only in a draft, whoever writes; a month lies in the version's fiscal year; a
-- count is whole.
create or replace function private.target_value_rules() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    v sales.target_versions;
    r record := case when tg_op = 'DELETE' then old else new end;
begin
    select * into v from sales.target_versions where id = r.version_id;
    if v.status is distinct from 'draft' then
        raise exception 'a published or submitted target version is locked: copy it into a new version'
            using errcode = 'SDT02';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    if tg_op = 'UPDATE' and (new.version_id, new.node_kind, new.node_id, new.month, new.tier)
                            is distinct from (old.version_id, old.node_kind, old.node_id, old.month, old.tier) then
        raise exception 'a target value keeps its cell' using errcode = 'SDT02';
    end if;
    if private.fiscal_year_of(new.month) <> v.fiscal_year then
        raise exception 'the month is not in the version''s fiscal year' using errcode = 'SDT03', column = 'month';
    end if;
    if (select m.measure from sales.metrics m where m.code = v.metric) = 'count' and new.value <> trunc(new.value) then
        raise exception 'a count target is a whole number' using errcode = 'SDT03', column = 'value';
    end if;
    return new;
end
$$;
revoke all on function private.target_value_rules() from public;
drop trigger if exists target_value_rules on sales.target_values;
create trigger target_value_rules before insert or update or delete on sales.target_values
    for each row execute function private.target_value_rules();

-- ---------------------------------------------------------------------------
-- 3. Reconciliation
-- ---------------------------------------------------------------------------
-- Every node with children of a version, per month and tier where it or a child has a value.
-- Reads what the caller's RLS shows (called by the API role) or everything (called by the owner).
create or replace function private.target_reconcile(p_version_id bigint)
    returns table (node_kind text, node_id bigint, month date, tier text, value numeric, allocated numeric,
                   difference numeric, children integer)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with tree as (select * from private.target_tree()),
    kids as (select t.parent_kind, t.parent_id, count(*)::int as n from tree t
             where t.parent_kind is not null group by 1, 2),
    vals as (select v.node_kind, v.node_id, v.month, v.tier, v.value from sales.target_values v
             where v.version_id = p_version_id),
    alloc as (select t.parent_kind, t.parent_id, v.month, v.tier, sum(v.value) as allocated
              from vals v join tree t on t.node_kind = v.node_kind and t.node_id is not distinct from v.node_id
              where t.parent_kind is not null group by 1, 2, 3, 4),
    cells as (select v.node_kind, v.node_id, v.month, v.tier from vals v
              union select a.parent_kind, a.parent_id, a.month, a.tier from alloc a)
    select c.node_kind, c.node_id, c.month, c.tier, coalesce(v.value, 0), coalesce(a.allocated, 0),
           coalesce(v.value, 0) - coalesce(a.allocated, 0), k.n
    from cells c
        join kids k on k.parent_kind = c.node_kind and k.parent_id is not distinct from c.node_id
        left join vals v on v.node_kind = c.node_kind and v.node_id is not distinct from c.node_id
                        and v.month = c.month and v.tier = c.tier
        left join alloc a on a.parent_kind = c.node_kind and a.parent_id is not distinct from c.node_id
                         and a.month = c.month and a.tier = c.tier
$$;
revoke all on function private.target_reconcile(bigint) from public;
grant execute on function private.target_reconcile(bigint) to salesdesk_api;

-- How many node-month-tier cells of a version are not reconciled, over the whole tree.
create or replace function private.target_unreconciled(p_version_id bigint) returns integer
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select count(*)::int from private.target_reconcile(p_version_id) r where r.difference <> 0
$$;
revoke all on function private.target_unreconciled(bigint) from public;

-- ---------------------------------------------------------------------------
-- 4. Versions: publish, copy, submit, the approval
-- ---------------------------------------------------------------------------
-- Publishes a version as the owner: refuses while a node is not reconciled (unless told not to
-- check), supersedes the published one of its set.
create or replace function private.target_publish(p_version_id bigint, p_by bigint, p_check boolean default true)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    v sales.target_versions;
    open_cells integer;
begin
    select * into v from sales.target_versions where id = p_version_id for update;
    if v.status not in ('draft', 'submitted') then
        raise exception 'this target version is not a draft' using errcode = 'SDT02';
    end if;
    if p_check then
        open_cells := private.target_unreconciled(p_version_id);
        if open_cells > 0 then
            raise exception 'target version %: % cells are not reconciled', v.number, open_cells
                using errcode = 'SDT01', detail = open_cells::text;
        end if;
    end if;
    update sales.target_versions set status = 'superseded', superseded_at = clock_timestamp()
    where fiscal_year = v.fiscal_year and metric = v.metric and status = 'published';
    update sales.target_versions set status = 'published', published_at = clock_timestamp(), published_by = p_by
    where id = p_version_id;
end
$$;
revoke all on function private.target_publish(bigint, bigint, boolean) from public;

-- A new draft of a set: empty, or a copy of a version's values (whatever the caller sees or not).
create or replace function private.target_new_version(p_year integer, p_metric text, p_owner bigint,
                                                      p_based_on bigint, p_reason text)
    returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    new_id bigint;
begin
    perform pg_advisory_xact_lock(hashtext('target_set'), hashtext(p_year || '/' || p_metric));
    if exists (select 1 from sales.target_versions v where v.fiscal_year = p_year and v.metric = p_metric
               and v.status in ('draft', 'submitted')) then
        raise exception 'this target set already has a version in progress' using errcode = 'SDT05';
    end if;
    insert into sales.target_versions (owner_id, fiscal_year, metric, reason, based_on)
    values (p_owner, p_year, p_metric, nullif(btrim(p_reason), ''), p_based_on)
    returning id into new_id;
    insert into sales.target_values (version_id, node_kind, node_id, month, tier, value)
    select new_id, x.node_kind, x.node_id, x.month, x.tier, x.value
    from sales.target_values x where x.version_id = p_based_on;
    return new_id;
end
$$;
revoke all on function private.target_new_version(integer, text, bigint, bigint, text) from public;

-- The approval's hook: approved publishes (and supersedes), rejected or withdrawn keeps the draft
-- as it was, marked so.
create or replace function private.target_decided(p_request_id bigint, p_record_id bigint, p_state text)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if p_state = 'approved' then
        perform private.target_publish(p_record_id,
            (select r.requester_id from sales.approval_requests r where r.id = p_request_id));
    else
        update sales.target_versions set status = p_state where id = p_record_id and status = 'submitted';
    end if;
end
$$;
revoke all on function private.target_decided(bigint, bigint, text) from public;
call private.declare_approval('target', 'target_version', 'private.target_decided(bigint, bigint, text)');

-- The status step of a submit, as the owner (the API role writes no status).
create or replace function private.target_submitted(p_version_id bigint, p_reason text) returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    update sales.target_versions
    set status = 'submitted', reason = p_reason, submitted_at = clock_timestamp(),
        submitted_by = private.current_employee_id()
    where id = p_version_id and status = 'draft';
$$;
revoke all on function private.target_submitted(bigint, text) from public;
grant execute on function private.target_submitted(bigint, text) to salesdesk_api;

-- Every version of a set, who/when/why: company history every employee with targets reads.
create or replace function private.target_version_rows(p_year integer, p_metric text)
    returns table (id bigint, number integer, status text, reason text, based_on bigint, owner_id bigint,
                   owner_name text, created_at timestamptz, submitted_at timestamptz, submitted_by_name text,
                   published_at timestamptz, published_by_name text, superseded_at timestamptz)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select v.id, v.number, v.status, v.reason, v.based_on, v.owner_id, o.name, v.created_at, v.submitted_at,
           s.name, v.published_at, p.name, v.superseded_at
    from sales.target_versions v
        join sales.employees o on o.id = v.owner_id
        left join sales.employees s on s.id = v.submitted_by
        left join sales.employees p on p.id = v.published_by
    where v.fiscal_year = p_year and v.metric = p_metric
    order by v.number desc
$$;
revoke all on function private.target_version_rows(integer, text) from public;
grant execute on function private.target_version_rows(integer, text) to salesdesk_api;

create or replace function private.target_published_id(p_year integer, p_metric text) returns bigint
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select v.id from sales.target_versions v
    where v.fiscal_year = p_year and v.metric = p_metric and v.status = 'published'
$$;
revoke all on function private.target_published_id(integer, text) from public;
grant execute on function private.target_published_id(integer, text) to salesdesk_api;

create or replace function private.target_version_of(p_version_id bigint) returns sales.target_versions
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from sales.target_versions where id = p_version_id
$$;
revoke all on function private.target_version_of(bigint) from public;
grant execute on function private.target_version_of(bigint) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 5. Splits
-- ---------------------------------------------------------------------------
-- One amount split by weights to the fen (or to one for counts): floor of each share, the rest to
-- the largest weight (ties: the first in p_keys' order). Weights all zero: an even split.
create or replace function private.target_split_amount(p_amount numeric, p_weights numeric[], p_step numeric)
    returns numeric[]
    language plpgsql immutable
    set search_path = pg_catalog, pg_temp
as $$
declare
    n integer := coalesce(cardinality(p_weights), 0);
    w numeric[] := p_weights;
    total numeric;
    parts numeric[] := '{}';
    best integer := 1;
    i integer;
begin
    if n = 0 then
        return '{}';
    end if;
    total := (select sum(x) from unnest(w) x);
    if total is null or total <= 0 then
        w := array_fill(1::numeric, array[n]);
        total := n;
    end if;
    for i in 1 .. n loop
        parts := parts || (floor(p_amount * w[i] / total / p_step) * p_step);
        if w[i] > w[best] then
            best := i;
        end if;
    end loop;
    parts[best] := parts[best] + (p_amount - (select sum(x) from unnest(parts) x));
    return parts;
end
$$;
revoke all on function private.target_split_amount(numeric, numeric[], numeric) from public;
grant execute on function private.target_split_amount(numeric, numeric[], numeric) to salesdesk_api;

-- A node's children in the current tree, in a fixed order (units, then people, by id), with the
-- weight of a method: even (1), headcount (active people in the child's subtree), last_year (the
-- child's results over the same months a year earlier, people's results rolled into the child units
-- by the unit they were credited in and the current tree).
create or replace function private.target_child_weights(p_node_kind text, p_node_id bigint, p_method text,
                                                        p_metric text, p_first date, p_after date)
    returns table (node_kind text, node_id bigint, weight numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if p_method not in ('even', 'headcount', 'last_year') then
        raise exception 'no split method %', p_method using errcode = '22023';
    end if;
    return query
        with kids as (select t.node_kind, t.node_id from private.target_tree() t
                      where t.parent_kind = p_node_kind and t.parent_id is not distinct from p_node_id),
        results as (select r.employee_id, r.unit_id, r.credited
                    from private.metric_results(p_metric, (p_first - interval '1 year')::date,
                                                (p_after - interval '1 year')::date) r
                    where p_method = 'last_year')
        select k.node_kind, k.node_id,
               case p_method
                   when 'even' then 1::numeric
                   when 'headcount' then
                       case when k.node_kind = 'person' then 1::numeric
                            else (select count(*) from sales.employees e
                                  where e.active and e.unit_id = any (private.unit_subtree(k.node_id)))::numeric end
                   else case when k.node_kind = 'person'
                             then (select coalesce(sum(r.credited), 0) from results r where r.employee_id = k.node_id)
                             else (select coalesce(sum(r.credited), 0) from results r
                                   where r.unit_id = any (private.unit_subtree(k.node_id))) end
               end
        from kids k
        order by case k.node_kind when 'unit' then 0 else 1 end, k.node_id;
end
$$;
revoke all on function private.target_child_weights(text, bigint, text, text, date, date) from public;
grant execute on function private.target_child_weights(text, bigint, text, text, date, date) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 6. Staff changes
-- ---------------------------------------------------------------------------
-- Moves the open months of a person's targets (from this month on) to a successor in their unit or
-- evenly to the unit's other active people, as a new published version of every set published for
-- a year with open months. Returns the new versions' ids. Run as the owner (the API function and the
-- admin CLI check who may).
create or replace function private.target_rebalance(p_employee_id bigint, p_successor_id bigint, p_reason text,
                                                    p_by bigint)
    returns bigint[]
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    unit bigint := (select e.unit_id from sales.employees e where e.id = p_employee_id);
    open_from date := date_trunc('month', current_date)::date;
    heirs bigint[];
    v sales.target_versions;
    cell record;
    new_id bigint;
    step numeric;
    parts numeric[];
    made bigint[] := '{}';
    i integer;
begin
    if unit is null then
        raise exception 'no such employee' using errcode = 'P0002';
    end if;
    -- the admin CLI acts as nobody: the versions are the person's manager's (else their own)
    p_by := coalesce(p_by, (select e.manager_id from sales.employees e where e.id = p_employee_id), p_employee_id);
    if nullif(btrim(p_reason), '') is null then
        raise exception 'a reason is required' using errcode = '23514';
    end if;
    if p_successor_id is not null then
        if not exists (select 1 from sales.employees e where e.id = p_successor_id and e.active
                       and e.unit_id = unit and e.id <> p_employee_id) then
            raise exception 'the successor must be an active colleague in the same unit' using errcode = 'SDT04';
        end if;
        heirs := array[p_successor_id];
    else
        heirs := array(select e.id from sales.employees e where e.active and e.unit_id = unit
                       and e.id <> p_employee_id order by e.id);
        if cardinality(heirs) = 0 then
            raise exception 'nobody is left in the unit to take the targets' using errcode = 'SDT04';
        end if;
    end if;
    for v in select * from sales.target_versions t where t.status = 'published'
             and exists (select 1 from sales.target_values x where x.version_id = t.id and x.node_kind = 'person'
                         and x.node_id = p_employee_id and x.month >= open_from and x.value > 0)
             order by t.fiscal_year, t.metric loop
        new_id := private.target_new_version(v.fiscal_year, v.metric, p_by, v.id, p_reason);
        step := case when (select m.measure from sales.metrics m where m.code = v.metric) = 'count' then 1 else 0.01 end;
        for cell in select x.month, x.tier, x.value from sales.target_values x
                    where x.version_id = new_id and x.node_kind = 'person' and x.node_id = p_employee_id
                      and x.month >= open_from and x.value > 0 loop
            parts := private.target_split_amount(cell.value, array_fill(1::numeric, array[cardinality(heirs)]), step);
            for i in 1 .. cardinality(heirs) loop
                insert into sales.target_values (version_id, node_kind, node_id, month, tier, value)
                values (new_id, 'person', heirs[i], cell.month, cell.tier, parts[i])
                on conflict (version_id, node_kind, coalesce(node_id, 0), month, tier)
                do update set value = sales.target_values.value + excluded.value;
            end loop;
            update sales.target_values set value = 0
            where version_id = new_id and node_kind = 'person' and node_id = p_employee_id
              and month = cell.month and tier = cell.tier;
        end loop;
        update sales.target_versions set submitted_at = clock_timestamp(), submitted_by = p_by where id = new_id;
        perform private.target_publish(new_id, p_by, false);
        made := made || new_id;
    end loop;
    return made;
end
$$;
revoke all on function private.target_rebalance(bigint, bigint, text, bigint) from public;
grant execute on function private.target_unreconciled(bigint), private.target_publish(bigint, bigint, boolean),
    private.target_new_version(integer, text, bigint, bigint, text),
    private.target_rebalance(bigint, bigint, text, bigint) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- node_target: the shared seam (sql/0033), from the currently published version
-- ---------------------------------------------------------------------------
create or replace function private.node_target(p_metric text, p_node_kind text, p_node_id bigint,
                                               p_first date, p_after date, p_tier text default 'target')
    returns numeric
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select sum(x.value)
    from sales.target_versions v
        join sales.target_values x on x.version_id = v.id
    where v.metric = p_metric and v.status = 'published'
      and x.node_kind = p_node_kind and x.node_id is not distinct from p_node_id
      and x.tier = p_tier and x.month >= p_first and x.month < p_after
$$;
revoke all on function private.node_target(text, text, bigint, date, date, text) from public;
grant execute on function private.node_target(text, text, bigint, date, date, text) to salesdesk_api;

reset role;
set local role salesdesk_api;

-- ---------------------------------------------------------------------------
-- The API
-- ---------------------------------------------------------------------------
-- A version is company history (api.target_version_history lists every version to every
-- employee): the functions that read or write its values take it as p_version, and the values'
-- policies decide each row. Publishing and submitting act on the version record itself: they take
-- p_target_version_id and the kind's rule (its author, and those above) decides.
-- The versions of a set, newest first, with who, when and why.
create or replace function api.target_version_history(p_year integer, p_metric text)
    returns table (id bigint, number integer, status text, reason text, based_on bigint, owner_id bigint,
                   owner_name text, created_at timestamptz, submitted_at timestamptz, submitted_by_name text,
                   published_at timestamptz, published_by_name text, superseded_at timestamptz)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query select * from private.target_version_rows(p_year, p_metric);
end
$$;

-- A version's values the caller sees, with whether the caller may write each node (the grid).
create or replace function api.target_values(p_version bigint)
    returns table (node_kind text, node_id bigint, month date, tier text, value numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query select x.node_kind, x.node_id, x.month, x.tier, x.value from sales.target_values x
                 where x.version_id = p_version
                 order by x.node_kind, x.node_id, x.month, x.tier;
end
$$;

-- The nodes of the tree the caller sees in the grid (published: read set; draft: also write set),
-- with their parent, name, whether the caller writes them and how many children they have in the
-- whole tree (a node is reconciled on screen only when all its children are shown).
create or replace function api.target_nodes()
    returns table (node_kind text, node_id bigint, parent_kind text, parent_id bigint, name text, writable boolean,
                   children integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    company boolean := private.target_reads_company();
    read_units bigint[] := private.target_read_units();
    people bigint[] := private.visible_owner_ids();
begin
    perform private.require_employee();
    return query
        select t.node_kind, t.node_id, t.parent_kind, t.parent_id,
               case t.node_kind when 'company' then (select string_agg(u.name, ' / ' order by u.id) from sales.org_units u
                                                     where u.parent_id is null)
                                when 'unit' then (select u.name from sales.org_units u where u.id = t.node_id)
                                else (select e.name from sales.employees e where e.id = t.node_id) end,
               private.target_node_writable(t.node_kind, t.node_id),
               (select count(*)::int from private.target_tree() k
                where k.parent_kind = t.node_kind and k.parent_id is not distinct from t.node_id)
        from private.target_tree() t
        where case t.node_kind when 'company' then company
                               when 'unit' then t.node_id = any (read_units)
                               else t.node_id = any (people) end
        order by case t.node_kind when 'company' then 0 when 'unit' then 1 else 2 end, t.node_id;
end
$$;

-- Saves cells of a draft: p_cells is a JSON array of {node_kind, node_id, month, tier, value};
-- a null value removes the cell. One statement per cell, RLS and WITH CHECK decide each.
create or replace function api.target_save(p_version bigint, p_cells jsonb) returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    c record;
    n integer := 0;
    done integer;
begin
    perform private.require_employee();
    if (private.target_version_of(p_version)).status is distinct from 'draft' then
        raise exception 'a published or submitted target version is locked: copy it into a new version'
            using errcode = 'SDT02';
    end if;
    for c in select * from jsonb_to_recordset(coalesce(p_cells, '[]'))
             as x (node_kind text, node_id bigint, month date, tier text, value numeric) loop
        if not private.target_node_writable(c.node_kind, c.node_id) then
            raise exception 'you may not set this target' using errcode = '42501';
        end if;
        if c.value is null then
            update sales.target_values set value = 0
            where version_id = p_version and node_kind = c.node_kind and node_id is not distinct from c.node_id
              and month = c.month and tier = coalesce(c.tier, 'target');
        else
            insert into sales.target_values (version_id, node_kind, node_id, month, tier, value)
            values (p_version, c.node_kind, c.node_id, c.month, coalesce(c.tier, 'target'), c.value)
            on conflict (version_id, node_kind, coalesce(node_id, 0), month, tier)
            do update set value = excluded.value;
        end if;
        get diagnostics done = row_count;
        n := n + done;
    end loop;
    return n;
end
$$;

-- Reconciliation of a version: every node with children the caller sees, per month and tier.
create or replace function api.target_reconciliation(p_version bigint)
    returns table (node_kind text, node_id bigint, month date, tier text, value numeric, allocated numeric,
                   difference numeric, children integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    -- only the nodes whose children the caller all reads: a parent out of sight, or one with hidden
    -- children (a salesperson's team), would show a difference that is not there
    return query
        with shown as (select n.node_kind, n.node_id, n.children from api.target_nodes() n)
        select r.* from private.target_reconcile(p_version) r
            join shown s on s.node_kind = r.node_kind and s.node_id is not distinct from r.node_id
        where s.children = (select count(*) from shown c join private.target_tree() t
                                on t.node_kind = c.node_kind and t.node_id is not distinct from c.node_id
                            where t.parent_kind = r.node_kind and t.parent_id is not distinct from r.node_id)
        order by r.node_kind, r.node_id, r.month, r.tier;
end
$$;

-- A new draft: a year's first (empty; maintain_targets) or a copy of the published version
-- (manage_targets) to revise.
create or replace function api.target_draft(p_year integer, p_metric text) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    published bigint;
begin
    perform private.require_employee();
    if not exists (select 1 from sales.metrics m where m.code = p_metric) then
        raise exception 'no metric %', p_metric using errcode = 'SD005';
    end if;
    published := private.target_published_id(p_year, p_metric);
    if published is null then
        perform private.require_permission('maintain_targets');
    else
        perform private.require_permission('manage_targets');
    end if;
    return private.target_new_version(p_year, p_metric, private.current_employee_id(), published, null);
end
$$;

-- Publishes a year's first version at once (maintain_targets), every node reconciled.
create or replace function api.target_publish(p_target_version_id bigint, p_reason text default null) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    v sales.target_versions;
begin
    perform private.require_permission('maintain_targets');
    perform private.writable_checked('target_version', p_target_version_id, null);
    v := private.target_version_of(p_target_version_id);
    if v.based_on is not null then
        raise exception 'a revision is submitted for approval' using errcode = 'SDT06';
    end if;
    if v.status <> 'draft' then
        raise exception 'this target version is not a draft' using errcode = 'SDT02';
    end if;
    update sales.target_versions set reason = coalesce(nullif(btrim(p_reason), ''), reason) where id = p_target_version_id;
    perform private.target_publish(p_target_version_id, private.current_employee_id());
end
$$;

-- Submits my draft revision with a reason: an approval request of type 'target' when a rule
-- applies, else published at once. Returns the version's new status.
create or replace function api.target_submit(p_target_version_id bigint, p_reason text) returns text
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    v sales.target_versions;
    request bigint;
    open_cells integer;
begin
    perform private.require_permission('manage_targets');
    perform private.writable_checked('target_version', p_target_version_id, null);
    v := private.target_version_of(p_target_version_id);
    if v.status = 'submitted' then
        raise exception 'already waiting for approval' using errcode = 'SDA05';
    elsif v.status <> 'draft' then
        raise exception 'this target version is not a draft' using errcode = 'SDT02';
    elsif nullif(btrim(p_reason), '') is null then
        raise exception 'a reason is required' using errcode = '23514';
    end if;
    open_cells := private.target_unreconciled(p_target_version_id);
    if open_cells > 0 then
        raise exception 'target version %: % cells are not reconciled', v.number, open_cells
            using errcode = 'SDT01', detail = open_cells::text;
    end if;
    perform private.target_submitted(p_target_version_id, btrim(p_reason));
    request := private.request_approval('target', p_target_version_id, null, null, null,
        concat_ws(' · ', 'FY' || v.fiscal_year, (select m.name from sales.metrics m where m.code = v.metric),
                  'v' || v.number, btrim(p_reason)));
    if request is null then
        perform private.target_publish(p_target_version_id, private.current_employee_id());
    end if;
    return (private.target_version_of(p_target_version_id)).status;
end
$$;

-- Splits a draft node's value among its children for the given months and tier (see the rule at the
-- top): what the children the caller may not set hold stays theirs, the rest is split among the
-- others (the director splitting the company leaves their own target to another maintain_targets
-- holder). The children are written as the caller: RLS decides each.
create or replace function api.target_split(p_version bigint, p_node_kind text, p_node_id bigint,
                                            p_method text, p_tier text default 'target', p_months date[] default null)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    v sales.target_versions := private.target_version_of(p_version);
    step numeric;
    fy record;
    kids record;
    keys text[];
    ids bigint[];
    weights numeric[];
    parts numeric[];
    cell record;
    n integer := 0;
    i integer;
begin
    perform private.require_employee();
    if v.status is distinct from 'draft' then
        raise exception 'a published or submitted target version is locked: copy it into a new version'
            using errcode = 'SDT02';
    end if;
    step := case when (select m.measure from sales.metrics m where m.code = v.metric) = 'count' then 1 else 0.01 end;
    select * into fy from private.period_range('FY' || lpad(v.fiscal_year::text, 4, '0'));
    -- only the children the caller writes share the node's value; the others keep theirs
    select array_agg(w.node_kind), array_agg(w.node_id), array_agg(w.weight) into keys, ids, weights
    from private.target_child_weights(p_node_kind, p_node_id, p_method, v.metric, fy.first_day, fy.after_day) w
    where private.target_node_writable(w.node_kind, w.node_id);
    if keys is null then
        raise exception 'this node has no children you may set' using errcode = 'SDT07';
    end if;
    for cell in select x.month, x.value - coalesce((
                    select sum(o.value) from sales.target_values o
                        join private.target_tree() t on t.node_kind = o.node_kind
                                                    and t.node_id is not distinct from o.node_id
                    where o.version_id = p_version and o.month = x.month and o.tier = p_tier
                      and t.parent_kind = p_node_kind and t.parent_id is not distinct from p_node_id
                      and not private.target_node_writable(o.node_kind, o.node_id)), 0) as value
                from sales.target_values x
                where x.version_id = p_version and x.node_kind = p_node_kind
                  and x.node_id is not distinct from p_node_id and x.tier = p_tier
                  and (p_months is null or x.month = any (p_months)) loop
        if cell.value < 0 then
            raise exception 'the children you may not set already hold more than this node' using errcode = 'SDT07';
        end if;
        parts := private.target_split_amount(cell.value, weights, step);
        for i in 1 .. cardinality(keys) loop
            insert into sales.target_values (version_id, node_kind, node_id, month, tier, value)
            values (p_version, keys[i], ids[i], cell.month, p_tier, parts[i])
            on conflict (version_id, node_kind, coalesce(node_id, 0), month, tier)
            do update set value = excluded.value;
            n := n + 1;
        end loop;
    end loop
;
    return n;
end
$$;

-- Rebalances a leaver's or mover's open months (manage_targets, the person below me).
create or replace function api.target_rebalance(p_employee_id bigint, p_successor_id bigint, p_reason text)
    returns bigint[]
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_permission('manage_targets');
    if not private.target_node_writable('person', p_employee_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if p_successor_id is not null and not private.target_node_writable('person', p_successor_id) then
        raise exception 'the successor must be an active colleague in the same unit' using errcode = 'SDT04';
    end if;
    return private.target_rebalance(p_employee_id, p_successor_id, p_reason, private.current_employee_id());
end
$$;

reset role;
revoke all on function api.target_version_history(integer, text), api.target_values(bigint), api.target_nodes(),
    api.target_save(bigint, jsonb), api.target_reconciliation(bigint), api.target_draft(integer, text),
    api.target_publish(bigint, text), api.target_submit(bigint, text),
    api.target_split(bigint, text, bigint, text, text, date[]), api.target_rebalance(bigint, bigint, text)
    from public;
grant execute on function api.target_version_history(integer, text), api.target_values(bigint), api.target_nodes(),
    api.target_save(bigint, jsonb), api.target_reconciliation(bigint), api.target_draft(integer, text),
    api.target_publish(bigint, text), api.target_submit(bigint, text),
    api.target_split(bigint, text, bigint, text, text, date[]), api.target_rebalance(bigint, bigint, text)
    to salesdesk_user;
