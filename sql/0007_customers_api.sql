-- 0007 customers and contacts on the declarations, and their API.
set local role salesdesk_owner;

-- Who may write what: the declaration is the whole of it. Owner and pool change only through
-- api.record_transfer / release / claim (the hand-on rule); stamps, ids and computed columns
-- never come from users.
call private.declare_kind('customer', 'sales.customers', 'customers',
    p_owner_column => 'owner_id', p_pool_column => 'pool_id', p_shares => true, p_archivable => true,
    p_writable => array['name', 'short_name', 'industry', 'level', 'address', 'region', 'phone',
                        'website', 'source', 'credit_limit', 'notes', 'last_contact_at'],
    p_derived => array['name_norm', 'phone_norm', 'name_sort', 'search_text', 'search_grams'],
    p_sorts => '{"name": "name_sort", "updated_at": "updated_at", "last_contact_at": "last_contact_at",
                 "credit_limit": "credit_limit", "level": "level"}',
    p_filters => array['level', 'industry', 'region'], p_search => true);
call private.declare_kind('contact', 'sales.contacts', 'contacts',
    p_parent_kind => 'customer', p_parent_column => 'customer_id', p_deletable => true,
    p_insertable => array['customer_id'],
    p_writable => array['name', 'title', 'mobile', 'phone', 'email', 'is_primary', 'notes'],
    p_sorts => '{"name": "name", "updated_at": "updated_at"}');

-- A customer keeps at most one primary contact: marking one demotes the others (a unique index
-- guards it). Invoker's rights: whoever may write one contact may write its siblings (the policy
-- is the customer's), and a BEFORE trigger runs before the policy checks the new row: as a
-- definer it demoted (locked, audited) the primary contact of a customer the caller cannot see,
-- and only then was the insert refused.
create or replace function private.one_primary_contact() returns trigger
    language plpgsql security invoker
    set search_path = pg_catalog, pg_temp
as $$
begin
    if new.is_primary and (tg_op = 'INSERT' or not old.is_primary) then
        update sales.contacts set is_primary = false
        where customer_id = new.customer_id and is_primary and id <> new.id;
    end if;
    return new;
end
$$;
drop trigger if exists one_primary on sales.contacts;
create trigger one_primary before insert or update of is_primary on sales.contacts
    for each row execute function private.one_primary_contact();

-- Every company-wide duplicate lookup, for supervision: who asked for which name or phone.
create table if not exists sales.lookup_log (
    id         bigint generated always as identity primary key,
    at         timestamptz not null default now(),
    actor_id   bigint not null references sales.employees (id),
    name       text,
    phone      text,
    matches    integer not null,
    hidden     integer not null
);
create index if not exists lookup_log_actor_idx on sales.lookup_log (actor_id, at);
alter table sales.lookup_log enable row level security;
alter table sales.lookup_log force row level security;
revoke all on sales.lookup_log from public;
drop policy if exists "lookups are read by whoever has the asker in scope" on sales.lookup_log;
create policy "lookups are read by whoever has the asker in scope" on sales.lookup_log
    for select to salesdesk_api
    using ((select private.sees_all()) or actor_id = any ((select private.visible_owner_ids())::bigint[]));
grant select on sales.lookup_log to salesdesk_api;

-- Customers anywhere in the company with this normalised name or phone (撞单: two salespeople
-- must not chase one company). Reads past RLS and tells only ids and holders; the API function
-- shows the details of those the caller may see and, of the others, only who holds them.
create or replace function private.customer_duplicates(p_name text, p_phone text, p_exclude bigint)
    returns table (id bigint, owner_id bigint, pool_id bigint, archived boolean, on_name boolean,
                   on_phone boolean)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    n_name text := nullif(private.normalize_name(p_name), '');
    n_phone text := private.normalize_phone(p_phone);
    found_ids bigint[];
begin
    return query
        select c.id, c.owner_id, c.pool_id, c.archived_at is not null,
               coalesce(c.name_norm = n_name, false), coalesce(c.phone_norm = n_phone, false)
        from sales.customers c
        where (c.name_norm = n_name or c.phone_norm = n_phone)
          and c.id is distinct from p_exclude
        order by c.archived_at is not null, c.id
        limit 20;
end
$$;

create or replace function private.log_lookup(p_name text, p_phone text, p_matches integer, p_hidden integer)
    returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    insert into sales.lookup_log (actor_id, name, phone, matches, hidden)
    values (private.require_employee(), p_name, p_phone, p_matches, p_hidden)
$$;

revoke all on function private.customer_duplicates(text, text, bigint),
    private.log_lookup(text, text, integer, integer), private.one_primary_contact() from public;
grant execute on function private.customer_duplicates(text, text, bigint),
    private.log_lookup(text, text, integer, integer) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- API
-- ---------------------------------------------------------------------------
reset role;
set local role salesdesk_api;

-- Customers as the client's list shows them, for the ids given (in that order), or every
-- visible customer in pinyin order (p_ids null: the read view).
create or replace function api.customer_rows(p_ids bigint[] default null)
    returns table (id bigint, name text, short_name text, level text, phone text, region text,
                   industry text, credit_limit numeric, owner_id bigint, owner_name text,
                   pool_id bigint, pool_name text, unit_id bigint, unit_name text,
                   primary_contact_name text, primary_contact_mobile text,
                   last_contact_at timestamptz, updated_at timestamptz, archived_at timestamptz,
                   version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    -- two statements, not `p_ids is null or id = any (p_ids)`: that OR would scan every row
    if p_ids is null then
        return query
            select c.id, c.name, c.short_name, c.level, c.phone, c.region, c.industry, c.credit_limit,
                   c.owner_id, o.name, c.pool_id, p.name, u.id, u.name, pc.name, pc.mobile,
                   c.last_contact_at, c.updated_at, c.archived_at, c.version
            from sales.customers c
                left join sales.employees o on o.id = c.owner_id
                left join sales.customer_pools p on p.id = c.pool_id
                left join sales.org_units u on u.id = coalesce(o.unit_id, p.unit_id)
                left join lateral (select k.name, k.mobile from sales.contacts k
                                   where k.customer_id = c.id and k.is_primary limit 1) pc on true
            order by c.name_sort, c.id;
    else
        return query
            select c.id, c.name, c.short_name, c.level, c.phone, c.region, c.industry, c.credit_limit,
                   c.owner_id, o.name, c.pool_id, p.name, u.id, u.name, pc.name, pc.mobile,
                   c.last_contact_at, c.updated_at, c.archived_at, c.version
            from unnest(p_ids) with ordinality x(id, n)
                join sales.customers c on c.id = x.id
                left join sales.employees o on o.id = c.owner_id
                left join sales.customer_pools p on p.id = c.pool_id
                left join sales.org_units u on u.id = coalesce(o.unit_id, p.unit_id)
                left join lateral (select k.name, k.mobile from sales.contacts k
                                   where k.customer_id = c.id and k.is_primary limit 1) pc on true
            order by x.n;
    end if;
end
$$;

-- One page of the customer list. p_query: {"search", "scope": all|mine|team|pool|shared,
-- "owner_id", "unit_id", "pool_id", "archived": active|archived|all, "eq": {"level": "A", ...}}.
-- Pass the last row's cursor as p_after for the next page.
create or replace function api.customer_list(p_query jsonb default '{}', p_sort text default 'name',
                                             p_descending boolean default false,
                                             p_after text default null, p_limit integer default 50)
    returns table (id bigint, name text, short_name text, level text, phone text, region text,
                   industry text, credit_limit numeric, owner_id bigint, owner_name text,
                   pool_id bigint, pool_name text, unit_id bigint, unit_name text,
                   primary_contact_name text, primary_contact_mobile text,
                   last_contact_at timestamptz, updated_at timestamptz, archived_at timestamptz,
                   version integer, can_edit boolean, can_manage boolean, access text, cursor text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        with page as materialized (
            select l.*, row_number() over () as n
            from private.list_page('customer', p_query, p_sort, p_descending, p_after, p_limit) l)
        select r.id, r.name, r.short_name, r.level, r.phone, r.region, r.industry, r.credit_limit,
               r.owner_id, r.owner_name, r.pool_id, r.pool_name, r.unit_id, r.unit_name,
               r.primary_contact_name, r.primary_contact_mobile, r.last_contact_at, r.updated_at,
               r.archived_at, r.version, page.can_edit, page.can_manage, page.access, page.cursor
        from page join api.customer_rows(array(select page.id from page order by page.n)) r
            on r.id = page.id
        order by page.n;
end
$$;

-- One customer in full, with the caller's rights on it; no row when hidden or missing.
create or replace function api.customer_get(p_id bigint)
    returns table (id bigint, name text, short_name text, industry text, level text, address text,
                   region text, phone text, website text, source text, credit_limit numeric,
                   notes text, owner_id bigint, owner_name text, pool_id bigint, pool_name text,
                   unit_id bigint, unit_name text, last_contact_at timestamptz,
                   archived_at timestamptz, version integer, created_at timestamptz,
                   created_by_name text, updated_at timestamptz, updated_by_name text,
                   can_edit boolean, can_manage boolean, access text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select c.id, c.name, c.short_name, c.industry, c.level, c.address, c.region, c.phone, c.website,
           c.source, c.credit_limit, c.notes, c.owner_id, o.name, c.pool_id, p.name, u.id, u.name,
           c.last_contact_at, c.archived_at, c.version, c.created_at, cb.name, c.updated_at, ub.name,
           r.can_edit, r.can_manage,
           case when c.owner_id = private.current_employee_id() then 'owner'
                when private.sees_all() or c.owner_id = any (private.visible_owner_ids()) then 'scope'
                when c.owner_id is null then 'pool'
                when c.id = any (private.shared_record_ids('customer', true)) then 'write'
                else 'read' end
    from sales.customers c
        cross join lateral private.record_rights('customer', c.id) r
        left join sales.employees o on o.id = c.owner_id
        left join sales.customer_pools p on p.id = c.pool_id
        left join sales.org_units u on u.id = coalesce(o.unit_id, p.unit_id)
        left join sales.employees cb on cb.id = c.created_by
        left join sales.employees ub on ub.id = c.updated_by
    where c.id = p_id and private.require_employee() is not null
$$;

-- Contacts of one visible customer (primary first), or of every visible customer (the view).
create or replace function api.contact_rows(p_customer_id bigint default null)
    returns table (id bigint, customer_id bigint, name text, title text, mobile text, phone text,
                   email text, is_primary boolean, notes text, version integer, updated_at timestamptz,
                   updated_by_name text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select k.id, k.customer_id, k.name, k.title, k.mobile, k.phone, k.email, k.is_primary, k.notes,
           k.version, k.updated_at, u.name
    from sales.contacts k left join sales.employees u on u.id = k.updated_by
    where private.require_employee() is not null
      and (p_customer_id is null or k.customer_id = p_customer_id)
    order by k.customer_id, k.is_primary desc, k.name, k.id
$$;

-- Company-wide duplicate check for a name or phone being entered. Matches the caller may see
-- come with their id and name; of the others only that they exist and who holds them (the
-- owner's name and unit, or the pool). Every call is logged (sales.lookup_log).
create or replace function api.customer_duplicates(p_name text, p_phone text default null,
                                                   p_exclude bigint default null)
    returns table (customer_id bigint, name text, phone text, visible boolean, owner_name text,
                   unit_name text, pool_name text, on_name boolean, on_phone boolean, archived boolean)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    n_all integer;
    n_hidden integer;
begin
    perform private.require_employee();
    return query
        with found as (select * from private.customer_duplicates(p_name, p_phone, p_exclude)),
        seen as (select c.id, c.name, c.phone from sales.customers c where c.id in (select found.id from found))
        select s.id, s.name, s.phone, s.id is not null, o.name,
               coalesce(ou.name, pu.name), p.name, f.on_name, f.on_phone, f.archived
        from found f
            left join seen s on s.id = f.id
            left join sales.employees o on o.id = f.owner_id
            left join sales.org_units ou on ou.id = o.unit_id
            left join sales.customer_pools p on p.id = f.pool_id
            left join sales.org_units pu on pu.id = p.unit_id
        order by s.id is null, f.archived, s.name, f.id;
    get diagnostics n_all = row_count;
    select count(*) into n_hidden
    from private.customer_duplicates(p_name, p_phone, p_exclude) f
    where not exists (select 1 from sales.customers c where c.id = f.id);
    perform private.log_lookup(p_name, p_phone, n_all, n_hidden);
end
$$;

-- The customer pools the caller sees, with how many active customers each holds.
create or replace function api.pool_rows()
    returns table (id bigint, unit_id bigint, unit_name text, name text, customer_count bigint,
                   manages boolean)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select p.id, p.unit_id, u.name, p.name,
           (select count(*) from sales.customers c where c.pool_id = p.id and c.archived_at is null),
           p.id = any (private.managed_pool_ids())
    from sales.customer_pools p join sales.org_units u on u.id = p.unit_id
    where private.require_employee() is not null
    order by u.name, p.id
$$;

-- The people of the caller's scope with how many visible active customers each owns (the team page).
create or replace function api.team_rows()
    returns table (id bigint, login text, name text, manager_id bigint, unit_id bigint,
                   position_name text, position_name_en text, level text, customer_count bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with people as (select a.* from api.assignable_employees() a),
    counts as (
        select c.owner_id, count(*) as n from sales.customers c
        where c.archived_at is null and c.owner_id in (select people.id from people)
        group by c.owner_id)
    select x.id, x.login, x.name, e.manager_id, x.unit_id, x.position_name, x.position_name_en,
           x.level, coalesce(n.n, 0)
    from people x join sales.employees e on e.id = x.id
        left join counts n on n.owner_id = x.id
    order by e.name_sort, x.id
$$;

create or replace view api.customers as select * from api.customer_rows();
create or replace view api.contacts as select * from api.contact_rows();
create or replace view api.customer_pools as select * from api.pool_rows();

reset role;
revoke all on all functions in schema api from public;
grant execute on all functions in schema api to salesdesk_user;
grant select on all tables in schema api to salesdesk_user;
