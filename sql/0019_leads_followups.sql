-- 0019 leads (线索) with a pool per unit and conversion; follow-ups (跟进记录) that update the
-- customer's last contact.
--
-- 1. A lead is an owned kind with a pool column: unowned leads sit in the same per-unit pools as
--    customers (sales.customer_pools; the pool table holds no rows, only the unit, so a pool's
--    customers and leads are told apart by their table). Claim, release, hand-on, visibility
--    and the handover on leave are the generic ones (move_record, unit_pool, visible_pool_ids
--    and managed_pool_ids only read the declared columns and the pool's unit).
--    Leads have their own derived name_sort / search_text / search_grams, the columns the list
--    machinery searches and sorts by name, so search works through it unchanged.
-- 2. Conversion is one definer function, api.lead_convert: the duplicate check of 0011 first
--    (through api.customer_duplicates itself: rate limited and logged like a check the client
--    makes; a match refuses with SD008, and the client shows what api.customer_duplicates
--    answered, a hidden match as "held by <holder>"), then the customer (owned by the caller)
--    or the linked one, the contact, and the lead marked converted, read-only from then on
--    except archiving and ownership moves (a leave must never be blocked). A lead in a pool is
--    claimed first (the claim is its own, recorded step; conversion does not claim). The
--    conversion is written into the ownership history of the lead ("converted to customer X",
--    by whom, when) and of a new customer ("converted from lead Y").
-- 3. A follow-up is an owned kind whose owner is its author: superiors see their subordinates'
--    follow-ups by the owner route. customer_id and contact_id are declared references (the
--    writer must see them); the contact must belong to the follow-up's customer. Logging one
--    moves the customer's last_contact_at forward (a definer trigger touching that one column);
--    last_contact_at becomes a computed column for the customer's stamp, so it bumps neither
--    version nor updated_at: whoever is editing the customer meanwhile still saves.
set local role salesdesk_owner;

-- Picklist checks per table: the columns come from the trigger's arguments (customers keep
-- their three, without arguments); the message names the table's own constraint.
create or replace function private.check_picklists() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    cols text[] := case when tg_nargs > 0 then tg_argv else array['industry', 'source', 'region'] end;
    col text;
    v text;
    was text;
begin
    foreach col in array cols loop
        v := nullif(btrim(to_jsonb(new) ->> col), '');
        new := jsonb_populate_record(new, jsonb_build_object(col, v));
        was := case when tg_op = 'UPDATE' then to_jsonb(old) ->> col end;
        continue when v is null or v is not distinct from was;
        if not exists (select 1 from sales.picklist_entries e
                       where e.kind = col and e.name = v
                         and (e.active or pg_trigger_depth() > 1)) then  -- > 1: an entry's rename
            raise exception 'the value is not in the list' using errcode = '23514',
                column = col, table = tg_table_name, constraint = tg_table_name || '_' || col || '_check';
        end if;
    end loop;
    return new;
end
$$;

-- ---------------------------------------------------------------------------
-- Leads
-- ---------------------------------------------------------------------------
create table if not exists sales.leads (
    id                       bigint generated always as identity primary key,
    company_name             text not null check (btrim(company_name) <> '' and length(company_name) <= 200),
    contact_name             text check (length(contact_name) <= 100),
    phone                    text check (private.valid_phone(phone)),
    mobile                   text check (private.valid_mobile(mobile)),
    email                    text check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    source                   text,
    notes                    text check (length(notes) <= 4000),
    status                   text not null default 'new'
                             check (status in ('new', 'contacted', 'qualified', 'converted', 'disqualified')),
    disqualify_reason        text check (length(disqualify_reason) <= 500),
    converted_customer_id    bigint references sales.customers (id),
    converted_contact_id     bigint references sales.contacts (id),
    converted_opportunity_id bigint,
    converted_at             timestamptz,
    converted_by             bigint references sales.employees (id),
    owner_id                 bigint references sales.employees (id),
    pool_id                  bigint references sales.customer_pools (id),
    archived_at              timestamptz,
    name_sort                text collate "C" not null default '',
    search_text              text,
    search_grams             text[],
    created_at               timestamptz not null default now(),
    created_by               bigint,
    updated_at               timestamptz not null default now(),
    updated_by               bigint,
    version                  integer not null default 1,
    check ((owner_id is null) <> (pool_id is null)),
    constraint leads_converted_check check ((status = 'converted')
        = (converted_customer_id is not null and converted_at is not null))
);
create index if not exists leads_owner_sort_idx on sales.leads (owner_id, name_sort, id);
create index if not exists leads_pool_sort_idx on sales.leads (pool_id, name_sort, id) where pool_id is not null;
create index if not exists leads_owner_count_idx on sales.leads (owner_id) include (pool_id, id)
    where archived_at is null;
create index if not exists leads_sort_idx on sales.leads (name_sort, id);
create index if not exists leads_created_idx on sales.leads (created_at, id);
create index if not exists leads_updated_idx on sales.leads (updated_at, id);
create index if not exists leads_status_idx on sales.leads (status, id);
create index if not exists leads_search_idx on sales.leads using gin (search_grams);
create index if not exists leads_converted_customer_idx on sales.leads (converted_customer_id)
    where converted_customer_id is not null;

create or replace function private.lead_derive() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    new.name_sort := private.pinyin_key(new.company_name);
    new.search_text := concat_ws(E'\x1f', private.search_norm(new.company_name),
                                 private.search_norm(new.contact_name), private.search_digits(new.phone),
                                 private.search_digits(new.mobile), private.pinyin_search(new.company_name),
                                 private.pinyin_search(new.contact_name, true));
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$$;
drop trigger if exists derive on sales.leads;
create trigger derive before insert or update on sales.leads
    for each row execute function private.lead_derive();
drop trigger if exists check_active_owner on sales.leads;
create trigger check_active_owner before insert or update of owner_id on sales.leads
    for each row execute function private.check_active_owner();
drop trigger if exists check_picklists on sales.leads;
create trigger check_picklists before insert or update of source on sales.leads
    for each row execute function private.check_picklists('source');

-- A converted lead is kept as it was converted: only archiving and ownership moves (hand-on,
-- a leave) still change it.
create or replace function private.lead_converted_read_only() returns trigger
language plpgsql set search_path = pg_catalog, pg_temp as $$
declare
    moving text[] := array['owner_id', 'pool_id', 'archived_at', 'updated_at', 'updated_by', 'version',
                           'name_sort', 'search_text', 'search_grams'];
begin
    if old.status = 'converted' and (to_jsonb(new) - moving) <> (to_jsonb(old) - moving)
       and pg_trigger_depth() = 1 then  -- deeper: a picklist entry's rename, which follows everywhere
        raise exception 'a converted lead cannot be changed' using errcode = 'SD003';
    end if;
    return new;
end
$$;
drop trigger if exists converted_read_only on sales.leads;
create trigger converted_read_only before update on sales.leads
    for each row execute function private.lead_converted_read_only();

call private.declare_kind('lead', 'sales.leads', 'leads',
    p_owner_column => 'owner_id', p_pool_column => 'pool_id', p_shares => true, p_archivable => true,
    p_writable => array['company_name', 'contact_name', 'phone', 'mobile', 'email', 'source', 'notes',
                        'status', 'disqualify_reason'],
    p_derived => array['name_sort', 'search_text', 'search_grams'],
    p_sorts => '{"name": "name_sort", "created_at": "created_at", "updated_at": "updated_at",
                 "status": "status"}',
    p_filters => array['status', 'source'], p_search => true);
call private.declare_handover('lead', 'pool');


-- Marks a lead converted and files the conversion in the ownership history; called by
-- api.lead_convert after its checks (the API role may not write the converted_* columns).
create or replace function private.lead_mark_converted(p_lead_id bigint, p_customer_id bigint,
                                                       p_contact_id bigint, p_new_customer boolean)
returns void
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    me bigint := private.require_employee();
    l sales.leads;
    customer_name text;
begin
    select * into l from sales.leads where id = p_lead_id;
    select c.name into customer_name from sales.customers c where c.id = p_customer_id;
    update sales.leads
    set status = 'converted', converted_customer_id = p_customer_id, converted_contact_id = p_contact_id,
        converted_at = now(), converted_by = me
    where id = p_lead_id;
    insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id, reason, changed_by)
    values ('lead', p_lead_id, l.owner_id, l.owner_id, 'converted to customer ' || customer_name, me);
    if p_new_customer then
        insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id, reason, changed_by)
        values ('customer', p_customer_id, null, me, 'converted from lead ' || l.company_name, me);
    end if;
end
$$;
grant execute on function private.lead_mark_converted(bigint, bigint, bigint, boolean) to salesdesk_api;


-- A renamed 'source' entry is renamed in the leads too, as in the customers.
create or replace function private.picklist_renamed() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    if new.kind <> old.kind then
        raise exception 'an entry stays in its list' using errcode = '23514';
    end if;
    execute format('update sales.customers set %1$I = $1 where %1$I = $2', new.kind)
        using new.name, old.name;
    if new.kind = 'source' then
        update sales.leads set source = new.name where source = old.name;
    end if;
    return null;
end
$$;

-- ---------------------------------------------------------------------------
-- Follow-ups
-- ---------------------------------------------------------------------------
create table if not exists sales.followups (
    id               bigint generated always as identity primary key,
    owner_id         bigint not null references sales.employees (id),
    customer_id      bigint not null references sales.customers (id),
    contact_id       bigint references sales.contacts (id),
    opportunity_id   bigint,
    kind             text not null default 'call'
                     check (kind in ('call', 'visit', 'email', 'meeting', 'wechat', 'other')),
    happened_at      timestamptz not null default now(),
    summary          text not null check (btrim(summary) <> '' and length(summary) <= 4000),
    outcome          text check (length(outcome) <= 4000),
    next_followup_on date,
    satisfaction     smallint check (satisfaction between 1 and 5),
    archived_at      timestamptz,
    created_at       timestamptz not null default now(),
    created_by       bigint,
    updated_at       timestamptz not null default now(),
    updated_by       bigint,
    version          integer not null default 1
);
create index if not exists followups_owner_happened_idx on sales.followups (owner_id, happened_at, id);
create index if not exists followups_customer_happened_idx on sales.followups (customer_id, happened_at, id);
create index if not exists followups_happened_idx on sales.followups (happened_at, id);
create index if not exists followups_updated_idx on sales.followups (updated_at, id);
create index if not exists followups_next_idx on sales.followups (next_followup_on, id);
create index if not exists followups_owner_count_idx on sales.followups (owner_id) include (id)
    where archived_at is null;

call private.declare_kind('followup', 'sales.followups', 'followups',
    p_owner_column => 'owner_id', p_shares => true, p_archivable => true,
    p_insertable => array['customer_id'],
    p_writable => array['contact_id', 'kind', 'happened_at', 'summary', 'outcome', 'next_followup_on',
                        'satisfaction'],
    p_sorts => '{"happened_at": "happened_at", "updated_at": "updated_at",
                 "next_followup_on": "next_followup_on"}',
    p_filters => array['kind']);
call private.declare_reference('followup', 'customer_id', 'customer');
call private.declare_reference('followup', 'contact_id', 'contact');
-- the author's follow-ups stay with the author's line when they leave (who wrote one is history)
call private.declare_handover('followup', 'manager');

-- After check_reference_contact_id (triggers run by name): the contact is one the writer sees.
create or replace function private.followup_contact_of_customer() returns trigger
language plpgsql set search_path = pg_catalog, pg_temp as $$
begin
    if new.contact_id is not null
       and not exists (select 1 from sales.contacts c where c.id = new.contact_id and c.customer_id = new.customer_id) then
        raise exception 'the contact belongs to another customer' using errcode = '23514',
            column = 'contact_id', table = 'followups', constraint = 'followups_contact_id_check';
    end if;
    return new;
end
$$;
drop trigger if exists contact_of_customer on sales.followups;
create trigger contact_of_customer before insert or update of contact_id on sales.followups
    for each row execute function private.followup_contact_of_customer();

-- The customer's last contact, moved forward only, as a definer: the author may only read the
-- customer (the reference check made sure of that much), and this touches nothing else.
create or replace function private.followup_touch_customer() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    update sales.customers c set last_contact_at = new.happened_at
    where c.id = new.customer_id and (c.last_contact_at is null or c.last_contact_at < new.happened_at);
    return null;
end
$$;
drop trigger if exists touch_customer on sales.followups;
create trigger touch_customer after insert or update of happened_at on sales.followups
    for each row execute function private.followup_touch_customer();
-- last_contact_at is computed for the customer's stamp: moving it bumps no version, so an
-- editor open on the customer saves without a false "changed by someone else"
call private.protect_table('sales.customers', p_derived => array['name_norm', 'phone_norm', 'name_sort',
    'search_text', 'search_grams', 'name_key', 'last_contact_at']);

-- ---------------------------------------------------------------------------
-- The API
-- ---------------------------------------------------------------------------
set local role salesdesk_api;

create or replace function api.lead_rows(p_ids bigint[] default null)
returns table (id bigint, company_name text, contact_name text, phone text, mobile text, email text,
               source text, notes text, status text, disqualify_reason text,
               converted_customer_id bigint, converted_customer_name text, converted_contact_id bigint,
               converted_opportunity_id bigint, converted_at timestamptz, converted_by_name text,
               owner_id bigint, owner_name text, pool_id bigint, pool_name text, unit_id bigint,
               unit_name text, created_at timestamptz, updated_at timestamptz, archived_at timestamptz,
               version integer)
language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
begin
    perform private.require_employee();
    return query
        select l.id, l.company_name, l.contact_name, l.phone, l.mobile, l.email, l.source, l.notes,
               l.status, l.disqualify_reason, l.converted_customer_id, c.name, l.converted_contact_id,
               l.converted_opportunity_id, l.converted_at, cb.name, l.owner_id, o.name, l.pool_id,
               p.name, u.id, u.name, l.created_at, l.updated_at, l.archived_at, l.version
        from (select i.id, i.n from unnest(p_ids) with ordinality i(id, n) where p_ids is not null
              union all select l0.id, null from sales.leads l0 where p_ids is null) x
            join sales.leads l on l.id = x.id
            left join sales.customers c on c.id = l.converted_customer_id  -- RLS: a hidden one is NULL
            left join sales.employees cb on cb.id = l.converted_by
            left join sales.employees o on o.id = l.owner_id
            left join sales.customer_pools p on p.id = l.pool_id
            left join sales.org_units u on u.id = coalesce(o.unit_id, p.unit_id)
        order by x.n, l.name_sort, l.id;
end
$$;

create or replace function api.lead_list(p_query jsonb default '{}', p_sort text default 'name',
                                         p_descending boolean default false, p_after text default null,
                                         p_limit integer default 50)
returns table (id bigint, company_name text, contact_name text, phone text, mobile text, source text,
               status text, owner_id bigint, owner_name text, pool_id bigint, pool_name text,
               unit_name text, created_at timestamptz, updated_at timestamptz, archived_at timestamptz,
               version integer, can_edit boolean, can_manage boolean, access text, cursor text)
language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
begin
    perform private.require_employee();
    return query
        with page as materialized (
            select l.*, row_number() over () as n
            from private.list_page('lead', p_query, p_sort, p_descending, p_after, p_limit) l)
        select r.id, r.company_name, r.contact_name, r.phone, r.mobile, r.source, r.status, r.owner_id,
               r.owner_name, r.pool_id, r.pool_name, r.unit_name, r.created_at, r.updated_at,
               r.archived_at, r.version, page.can_edit, page.can_manage, page.access, page.cursor
        from page join api.lead_rows(array(select page.id from page order by page.n)) r on r.id = page.id
        order by page.n;
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$$;

create or replace view api.leads as select * from api.lead_rows();

-- One transaction: the duplicate check, the customer (new, owned by the caller, or the linked
-- p_customer_id), the contact (from the lead's contact fields overlaid by p_contact; none when
-- it has no name), the lead marked converted. p_customer overlays the lead's company name,
-- phone and source for a new customer; it may not name its owner or pool.
create or replace function api.lead_convert(p_lead_id bigint, p_version integer, p_customer jsonb default '{}',
                                            p_contact jsonb default '{}', p_customer_id bigint default null)
returns table (customer_id bigint, contact_id bigint)
language plpgsql security definer set search_path = pg_catalog, pg_temp set lock_timeout = '3s' as $$
declare
    me bigint := private.require_employee();
    l sales.leads;
    r record;
    link_seen boolean := true;
    link_writable boolean := true;
    cust jsonb;
    cont jsonb;
    new_customer bigint;
    new_contact bigint;
begin
    if jsonb_typeof(coalesce(p_customer, '{}')) <> 'object' or jsonb_typeof(coalesce(p_contact, '{}')) <> 'object'
       or coalesce(p_customer, '{}') ?| array['owner_id', 'pool_id'] or coalesce(p_contact, '{}') ? 'customer_id' then
        raise exception 'not a valid conversion' using errcode = 'SD005';
    end if;
    if p_customer_id is not null then  -- the customer to link
        select rr.visible, rr.can_edit into link_seen, link_writable
        from private.record_rights('customer', p_customer_id) rr;
    end if;
    r := private.record_rights('lead', p_lead_id);
    if not (r.visible and link_seen) then  -- one answer for a hidden or missing lead or customer
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    select * into l from sales.leads where id = p_lead_id;
    if l.status = 'converted' then
        raise exception 'the lead is already converted' using errcode = 'SD003';
    elsif l.owner_id is null then
        raise exception 'claim the lead before converting it' using errcode = '23514';
    end if;
    perform private.writable_checked('lead', p_lead_id, p_version);
    -- locked as read, or someone converted, moved or saved it meanwhile
    perform 1 from sales.leads t
    where t.id = p_lead_id and t.version = coalesce(p_version, l.version) and t.status <> 'converted'
          and t.owner_id is not null
    for no key update;
    if not found then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    if p_customer_id is null then
        cust := jsonb_strip_nulls(jsonb_build_object('name', l.company_name, 'phone', l.phone, 'source', l.source))
                || coalesce(p_customer, '{}');
        if exists (select 1 from api.customer_duplicates(cust ->> 'name', cust ->> 'phone') d where not d.archived) then
            raise exception 'a customer with this name or phone exists' using errcode = 'SD008';
        end if;
        new_customer := api.record_create('customer', cust || jsonb_build_object('owner_id', me));
    else
        new_customer := p_customer_id;
    end if;
    cont := jsonb_strip_nulls(jsonb_build_object('name', l.contact_name, 'mobile', l.mobile, 'phone', l.phone,
                                                 'email', l.email)) || coalesce(p_contact, '{}');
    if coalesce(btrim(cont ->> 'name'), '') <> '' then
        if not link_writable then
            raise exception 'read only' using errcode = 'SD003';
        end if;
        new_contact := api.record_create('contact', cont || jsonb_build_object('customer_id', new_customer));
    end if;
    perform private.lead_mark_converted(p_lead_id, new_customer, new_contact, p_customer_id is null);
    customer_id := new_customer;
    contact_id := new_contact;
    return next;
end
$$;

create or replace function api.followup_rows(p_ids bigint[] default null)
returns table (id bigint, owner_id bigint, owner_name text, customer_id bigint, customer_name text,
               contact_id bigint, contact_name text, opportunity_id bigint, kind text,
               happened_at timestamptz, summary text, outcome text, next_followup_on date,
               satisfaction smallint, created_at timestamptz, updated_at timestamptz,
               archived_at timestamptz, version integer)
language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
begin
    perform private.require_employee();
    return query
        select f.id, f.owner_id, o.name, f.customer_id, c.name, f.contact_id, k.name, f.opportunity_id,
               f.kind, f.happened_at, f.summary, f.outcome, f.next_followup_on, f.satisfaction,
               f.created_at, f.updated_at, f.archived_at, f.version
        from (select i.id, i.n from unnest(p_ids) with ordinality i(id, n) where p_ids is not null
              union all select f0.id, null from sales.followups f0 where p_ids is null) x
            join sales.followups f on f.id = x.id
            left join sales.employees o on o.id = f.owner_id
            left join sales.customers c on c.id = f.customer_id  -- RLS: a hidden one is NULL
            left join sales.contacts k on k.id = f.contact_id
        order by x.n, f.happened_at desc, f.id desc;
end
$$;

create or replace function api.followup_list(p_query jsonb default '{}', p_sort text default 'happened_at',
                                             p_descending boolean default true, p_after text default null,
                                             p_limit integer default 50)
returns table (id bigint, owner_id bigint, owner_name text, customer_id bigint, customer_name text,
               contact_id bigint, contact_name text, kind text, happened_at timestamptz, summary text,
               outcome text, next_followup_on date, satisfaction smallint, updated_at timestamptz,
               archived_at timestamptz, version integer, can_edit boolean, can_manage boolean, access text,
               cursor text)
language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
begin
    perform private.require_employee();
    return query
        with page as materialized (
            select l.*, row_number() over () as n
            from private.list_page('followup', p_query, p_sort, p_descending, p_after, p_limit) l)
        select r.id, r.owner_id, r.owner_name, r.customer_id, r.customer_name, r.contact_id, r.contact_name,
               r.kind, r.happened_at, r.summary, r.outcome, r.next_followup_on, r.satisfaction, r.updated_at,
               r.archived_at, r.version, page.can_edit, page.can_manage, page.access, page.cursor
        from page join api.followup_rows(array(select page.id from page order by page.n)) r on r.id = page.id
        order by page.n;
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$$;

create or replace view api.followups as select * from api.followup_rows();

-- The customer's 360° timeline: its follow-ups and ownership changes the caller may see,
-- newest first. Each part is read under row-level security.
create or replace function api.customer_timeline(p_customer_id bigint, p_limit integer default 50)
returns table (at timestamptz, entry text, record_id bigint, kind text, summary text, outcome text,
               actor_name text, contact_name text, from_owner_name text, to_owner_name text,
               to_pool_unit_name text)
language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
declare
    lim integer := greatest(1, least(coalesce(p_limit, 50), 500));
begin
    perform private.require_employee();
    if not exists (select 1 from sales.customers c where c.id = p_customer_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    return query
        select * from (
            (select f.happened_at, 'followup'::text, f.id, f.kind, f.summary, f.outcome, o.name, k.name,
                    null::text, null::text, null::text
             from sales.followups f
                 left join sales.employees o on o.id = f.owner_id
                 left join sales.contacts k on k.id = f.contact_id
             where f.customer_id = p_customer_id and f.archived_at is null
             order by f.happened_at desc, f.id desc limit lim)
            union all
            (select h.changed_at, 'ownership'::text, h.id, null::text, h.reason, null::text,
                    coalesce(b.name, h.changed_by_login), null::text, fo.name, tw.name, tu.name
             from sales.ownership_history h
                 left join sales.employees b on b.id = h.changed_by
                 left join sales.employees fo on fo.id = h.from_owner_id
                 left join sales.employees tw on tw.id = h.to_owner_id
                 left join sales.org_units tu on tu.id = h.to_pool_unit_id
             where h.kind = 'customer' and h.record_id = p_customer_id
             order by h.changed_at desc, h.id desc limit lim)
        ) t (at, entry, record_id, kind, summary, outcome, actor_name, contact_name, from_owner_name,
             to_owner_name, to_pool_unit_name)
        order by t.at desc, t.record_id desc
        limit lim;
end
$$;

reset role;
set local role salesdesk_owner;
revoke all on function private.lead_derive(), private.lead_converted_read_only(),
    private.followup_contact_of_customer(), private.followup_touch_customer(),
    private.lead_mark_converted(bigint, bigint, bigint, boolean), private.check_picklists(),
    private.picklist_renamed() from public;
reset role;
revoke all on function api.lead_rows(bigint[]), api.lead_list(jsonb, text, boolean, text, integer),
    api.lead_convert(bigint, integer, jsonb, jsonb, bigint), api.followup_rows(bigint[]),
    api.followup_list(jsonb, text, boolean, text, integer), api.customer_timeline(bigint, integer)
    from public;
grant execute on function api.lead_rows(bigint[]), api.lead_list(jsonb, text, boolean, text, integer),
    api.lead_convert(bigint, integer, jsonb, jsonb, bigint), api.followup_rows(bigint[]),
    api.followup_list(jsonb, text, boolean, text, integer), api.customer_timeline(bigint, integer)
    to salesdesk_user;
grant select on api.leads, api.followups to salesdesk_user;
