-- 0016 permissions as data checked in the database; products and categories with a field-level
-- secured cost price.
--
-- 1. Permissions. A position's permissions were an unused text[] column. They are now rows:
--    sales.permissions is the documented set (code, Chinese and English name and description),
--    sales.position_permissions says which position holds which, editable as data (the API's
--    position_grant / position_revoke for holders of manage_users; `salesdesk-admin position`).
--    private.has_permission(code) is the one check, used by policies as
--    `(select private.has_permission('x'))` so that it runs once per statement. The picklists
--    are written with maintain_picklists (was: the admin position; the admin keeps it).
-- 2. Products and categories are company-wide reference data shaped like the picklists, not a
--    record kind: private.declare_kind is owner-shaped (owner/pool columns, scope, hand-on,
--    shares, an audit filed under an owner), and a catalog has no owner. Every employee reads
--    them; maintain_products writes them.
-- 3. The cost price is field-level secured by the database itself: it lives in its own table,
--    sales.product_costs, whose row policy lets only see_cost read it. Every read path joins it
--    through api.product_rows (the one row function), so a caller without see_cost receives
--    NULL cost and margin whatever function or view they read, and a read path added later
--    that forgets the function still gets nothing from the table.
-- 4. Money is numeric(14,2): a price with more decimals is rounded to the fen, half away from
--    zero (PostgreSQL's numeric rounding: 1.005 -> 1.01, 1.004 -> 1.00); the client rounds the
--    same way (ROUND_HALF_UP) before sending. A tax rate is numeric(5,4), between 0 and 1.
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- Permissions
-- ---------------------------------------------------------------------------
create table if not exists sales.permissions (
    code           text primary key check (code ~ '^[a-z][a-z_]{1,40}$'),
    name           text not null check (btrim(name) <> ''),
    name_en        text not null check (btrim(name_en) <> ''),
    description    text not null,
    description_en text not null,
    sort_order     integer not null default 0
);
call private.protect_table('sales.permissions', p_stamp => false);

create table if not exists sales.position_permissions (
    position_id bigint not null references sales.positions (id) on delete cascade,
    permission  text not null references sales.permissions (code),
    granted_at  timestamptz not null default now(),
    granted_by  bigint,
    primary key (position_id, permission)
);
create index if not exists position_permissions_permission_idx on sales.position_permissions (permission);
call private.protect_table('sales.position_permissions', p_stamp => false);

-- The column 0001 reserved and nothing used: the rows above replace it.
alter table sales.positions drop column if exists permissions;

insert into sales.permissions (code, name, name_en, description, description_en, sort_order) values
    ('maintain_products', '维护产品', 'Maintain products',
     '新增、修改、停用产品和产品分类', 'Add, change and deactivate products and product categories', 10),
    ('maintain_picklists', '维护下拉选项', 'Maintain picklists',
     '维护行业、来源、地区等下拉选项', 'Maintain the industry, source and region picklists', 20),
    ('see_cost', '查看成本和毛利', 'See cost and margin',
     '查看产品成本价和毛利', 'See products'' cost price and margin', 30),
    ('approve', '审批', 'Approve', '审批折扣、合同等', 'Approve discounts, contracts and the like', 40),
    ('export', '导出', 'Export', '把列表和报表导出到 Excel', 'Export lists and reports to Excel', 50),
    ('import', '导入', 'Import', '从 Excel 导入数据', 'Import data from Excel', 60),
    ('manage_targets', '管理目标', 'Manage targets', '设定和修改销售目标', 'Set and change sales targets', 70),
    ('manage_users', '管理用户和权限', 'Manage users and permissions',
     '授予和收回岗位的权限', 'Grant and revoke positions'' permissions', 80)
on conflict (code) do update set name = excluded.name, name_en = excluded.name_en,
    description = excluded.description, description_en = excluded.description_en,
    sort_order = excluded.sort_order;

-- The standard positions' grants (a new company; kept as they are once granted or revoked).
insert into sales.position_permissions (position_id, permission)
select p.id, g.permission
from (values
        ('admin', array['maintain_products', 'maintain_picklists', 'see_cost', 'approve', 'export',
                        'import', 'manage_targets', 'manage_users']),
        ('director', array['see_cost', 'approve', 'export', 'manage_targets']),
        ('manager', array['approve', 'export', 'manage_targets']),
        ('supervisor', array['export']),
        ('assistant', array['export']),
        ('salesperson', array[]::text[])) d (code, grants)
    join sales.positions p on p.code = d.code
    cross join lateral unnest(d.grants) g (permission)
where not exists (select 1 from sales.position_permissions)
on conflict do nothing;

-- Does the signed-in employee's position hold this permission? The one check.
create or replace function private.has_permission(p_code text) returns boolean
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select exists (select 1 from sales.employees e
                       join sales.position_permissions pp on pp.position_id = e.position_id
                   where e.login = session_user::text and e.active and pp.permission = p_code)
$$;

-- A clear refusal before a write the policies would refuse anyway.
create or replace function private.require_permission(p_code text) returns void
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if not private.has_permission(p_code) then
        raise exception 'your position lacks the permission %', p_code using errcode = '42501';
    end if;
end
$$;

drop policy if exists "every employee reads the permissions" on sales.permissions;
create policy "every employee reads the permissions" on sales.permissions
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "every employee reads who holds which permission" on sales.position_permissions;
create policy "every employee reads who holds which permission" on sales.position_permissions
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "manage_users grants permissions" on sales.position_permissions;
create policy "manage_users grants permissions" on sales.position_permissions
    for insert to salesdesk_api with check ((select private.has_permission('manage_users')));
drop policy if exists "manage_users revokes permissions" on sales.position_permissions;
create policy "manage_users revokes permissions" on sales.position_permissions
    for delete to salesdesk_api using ((select private.has_permission('manage_users')));
grant select on sales.permissions to salesdesk_api;
grant select, insert (position_id, permission, granted_by), delete on sales.position_permissions
    to salesdesk_api;

-- Picklists: written with maintain_picklists (0013: the admin position, which holds it).
drop policy if exists "the admin adds picklist entries" on sales.picklist_entries;
drop policy if exists "maintain_picklists adds picklist entries" on sales.picklist_entries;
create policy "maintain_picklists adds picklist entries" on sales.picklist_entries
    for insert to salesdesk_api with check ((select private.has_permission('maintain_picklists')));
drop policy if exists "the admin changes picklist entries" on sales.picklist_entries;
drop policy if exists "maintain_picklists changes picklist entries" on sales.picklist_entries;
create policy "maintain_picklists changes picklist entries" on sales.picklist_entries
    for update to salesdesk_api using ((select private.has_permission('maintain_picklists')))
    with check ((select private.has_permission('maintain_picklists')));
-- 0013's picklist functions call private.require_admin(): it now asks for the permission.
create or replace function private.require_admin() returns void
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_permission('maintain_picklists');
end
$$;
-- private.is_admin() (0013) stays for whatever else asks for the admin position; no policy uses it now.

revoke all on function private.has_permission(text), private.require_permission(text) from public;
grant execute on function private.has_permission(text), private.require_permission(text) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- Products and categories
-- ---------------------------------------------------------------------------
create table if not exists sales.product_categories (
    id          bigint generated always as identity primary key,
    code        text not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'),
    name        text not null check (btrim(name) = name and name <> '' and length(name) <= 100),
    parent_id   bigint references sales.product_categories (id),
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1,
    check (parent_id <> id)
);
create index if not exists product_categories_parent_idx on sales.product_categories (parent_id);
call private.protect_table('sales.product_categories');

create table if not exists sales.products (
    id             bigint generated always as identity primary key,
    code           text not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_./-]{0,39}$'),
    name           text not null check (btrim(name) = name and name <> '' and length(name) <= 200),
    specification  text check (specification is null or length(specification) <= 500),
    unit           text check (unit is null or (btrim(unit) = unit and unit <> '' and length(unit) <= 20)),
    list_price     numeric(14, 2) not null default 0 check (list_price >= 0),
    tax_rate       numeric(5, 4) not null default 0.1300 check (tax_rate between 0 and 1),
    active         boolean not null default true,
    category_id    bigint references sales.product_categories (id),
    -- derived: the pinyin sort key and the search terms (code, name, specification, pinyin)
    name_sort      text collate "C",
    search_text    text,
    search_grams   text[],
    created_at     timestamptz not null default now(),
    created_by     bigint,
    updated_at     timestamptz not null default now(),
    updated_by     bigint,
    version        integer not null default 1
);
create index if not exists products_code_idx on sales.products (code, id);
create index if not exists products_name_idx on sales.products (name_sort, id);
create index if not exists products_list_price_idx on sales.products (list_price, id);
create index if not exists products_category_idx on sales.products (category_id);
create index if not exists products_search_idx on sales.products using gin (search_grams);
call private.protect_table('sales.products');

-- The cost price: its own table, read only with see_cost (the field-level security).
create table if not exists sales.product_costs (
    product_id  bigint primary key references sales.products (id),
    cost_price  numeric(14, 2) check (cost_price >= 0),
    created_at  timestamptz not null default now(),
    created_by  bigint,
    updated_at  timestamptz not null default now(),
    updated_by  bigint,
    version     integer not null default 1
);
call private.protect_table('sales.product_costs');

create or replace function private.product_derive() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    new.name_sort := private.pinyin_key(new.name);
    new.search_text := concat_ws(E'\x1f', private.search_norm(new.code), private.search_norm(new.name),
                                 private.search_norm(new.specification), private.pinyin_search(new.name));
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$$;
drop trigger if exists derive on sales.products;
create trigger derive before insert or update of code, name, specification on sales.products
    for each row execute function private.product_derive();

drop policy if exists "every employee reads the product categories" on sales.product_categories;
create policy "every employee reads the product categories" on sales.product_categories
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "maintain_products adds product categories" on sales.product_categories;
create policy "maintain_products adds product categories" on sales.product_categories
    for insert to salesdesk_api with check ((select private.has_permission('maintain_products')));
drop policy if exists "maintain_products changes product categories" on sales.product_categories;
create policy "maintain_products changes product categories" on sales.product_categories
    for update to salesdesk_api using ((select private.has_permission('maintain_products')))
    with check ((select private.has_permission('maintain_products')));

drop policy if exists "every employee reads the products" on sales.products;
create policy "every employee reads the products" on sales.products
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "maintain_products adds products" on sales.products;
create policy "maintain_products adds products" on sales.products
    for insert to salesdesk_api with check ((select private.has_permission('maintain_products')));
drop policy if exists "maintain_products changes products" on sales.products;
create policy "maintain_products changes products" on sales.products
    for update to salesdesk_api using ((select private.has_permission('maintain_products')))
    with check ((select private.has_permission('maintain_products')));

drop policy if exists "only see_cost reads cost prices" on sales.product_costs;
create policy "only see_cost reads cost prices" on sales.product_costs
    for select to salesdesk_api using ((select private.has_permission('see_cost')));
drop policy if exists "maintain_products with see_cost sets cost prices" on sales.product_costs;
create policy "maintain_products with see_cost sets cost prices" on sales.product_costs
    for insert to salesdesk_api
    with check ((select private.has_permission('maintain_products'))
                and (select private.has_permission('see_cost')));
drop policy if exists "maintain_products with see_cost changes cost prices" on sales.product_costs;
create policy "maintain_products with see_cost changes cost prices" on sales.product_costs
    for update to salesdesk_api
    using ((select private.has_permission('maintain_products')) and (select private.has_permission('see_cost')))
    with check ((select private.has_permission('maintain_products'))
                and (select private.has_permission('see_cost')));
-- no delete anywhere: a product is deactivated, never removed (order lines will refer to it)

grant select, insert (code, name, parent_id, active), update (code, name, parent_id, active)
    on sales.product_categories to salesdesk_api;
grant select, insert (code, name, specification, unit, list_price, tax_rate, active, category_id),
    update (code, name, specification, unit, list_price, tax_rate, active, category_id, version)
    on sales.products to salesdesk_api;  -- version: the stamp moves it (any value set is replaced)
grant select, insert (product_id, cost_price), update (cost_price) on sales.product_costs to salesdesk_api;

-- Fields written through the API, checked (unknown field, wrong type) like record_create's.
create or replace function private.product_fields() returns text[]
    language sql immutable
    set search_path = pg_catalog, pg_temp
as $$
    select array['code', 'name', 'specification', 'unit', 'list_price', 'cost_price', 'tax_rate',
                 'active', 'category_id']
$$;

-- Trimmed text fields (empty optional text is NULL), the way the list shows them.
create or replace function private.product_clean(p_values jsonb) returns jsonb
    language plpgsql immutable
    set search_path = pg_catalog, pg_temp
as $$
declare
    v jsonb := p_values;
    f text;
begin
    foreach f in array array['code', 'name', 'specification', 'unit'] loop
        if jsonb_typeof(v -> f) = 'string' then
            v := jsonb_set(v, array[f], coalesce(to_jsonb(nullif(btrim(normalize(v ->> f, nfkc)), '')), 'null'));
        end if;
    end loop;
    return v;
end
$$;

-- A product list's query {"search": text, "active": bool, "category_id": id}, checked (SD005,
-- SD006 for a search too short to use the index), and the one condition over it ($1..$4).
create or replace function private.product_filter(p_query jsonb, out active boolean, out category_id bigint,
                                                  out grams text[], out pattern text)
    language plpgsql immutable
    set search_path = pg_catalog, pg_temp
as $$
declare
    q jsonb := coalesce(p_query, '{}');
    search text;
begin
    if jsonb_typeof(q) <> 'object'
       or exists (select 1 from jsonb_object_keys(q) k where k not in ('search', 'active', 'category_id')) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    active := (q ->> 'active')::boolean;
    category_id := (q ->> 'category_id')::bigint;
    search := private.search_norm(q ->> 'search');
    if search <> '' then
        grams := private.search_grams(search);
        if cardinality(grams) = 0 then
            raise exception 'search text too short' using errcode = 'SD006';
        end if;
        pattern := '%' || replace(replace(replace(search, '\', '\\'), '%', '\%'), '_', '\_') || '%';
    end if;
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$$;

create or replace function private.product_conds() returns text
    language sql immutable
    set search_path = pg_catalog, pg_temp
as $$
    select '($1::boolean is null or p.active = $1) and ($2::bigint is null or p.category_id = $2) '
           'and ($3::text[] is null or (p.search_grams @> $3 and p.search_text like $4))'
$$;

revoke all on function private.product_derive(), private.product_fields(), private.product_clean(jsonb),
    private.product_filter(jsonb), private.product_conds() from public;
grant execute on function private.product_fields(), private.product_clean(jsonb), private.product_filter(jsonb),
    private.product_conds() to salesdesk_api;

-- ---------------------------------------------------------------------------
-- The API
-- ---------------------------------------------------------------------------
set local role salesdesk_api;

-- The documented permissions (for the client's and the admin's lists).
create or replace function api.permission_rows()
    returns table (code text, name text, name_en text, description text, description_en text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query select p.code, p.name, p.name_en, p.description, p.description_en
                 from sales.permissions p order by p.sort_order, p.code;
end
$$;
create or replace view api.permissions as select * from api.permission_rows();

-- Which position holds which permission.
create or replace function api.position_permission_rows()
    returns table (position_id bigint, position_code text, permission text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query select pp.position_id, p.code, pp.permission
                 from sales.position_permissions pp join sales.positions p on p.id = pp.position_id
                 join sales.permissions x on x.code = pp.permission
                 order by p.id, x.sort_order;
end
$$;
create or replace view api.position_permissions as select * from api.position_permission_rows();

-- The signed-in employee's permissions (the client shows and hides by them; the database decides).
create or replace function api.my_permissions() returns table (code text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query select pp.permission from sales.employees e
                     join sales.position_permissions pp on pp.position_id = e.position_id
                 where e.id = private.current_employee_id() and e.active
                 order by pp.permission;
end
$$;

-- Grants a permission to a position (manage_users). Granting one it holds changes nothing.
create or replace function api.position_grant(p_position_id bigint, p_permission text) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_permission('manage_users');
    if not exists (select 1 from sales.positions p where p.id = p_position_id) then
        raise exception 'no such position' using errcode = 'P0002';
    end if;
    if p_permission is null or not exists (select 1 from sales.permissions x where x.code = p_permission) then
        raise exception 'unknown permission' using errcode = 'SD005';
    end if;
    insert into sales.position_permissions (position_id, permission, granted_by)
    values (p_position_id, p_permission, private.current_employee_id())
    on conflict do nothing;
end
$$;

-- Revokes a permission from a position (manage_users).
create or replace function api.position_revoke(p_position_id bigint, p_permission text) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_permission('manage_users');
    if not exists (select 1 from sales.positions p where p.id = p_position_id) then
        raise exception 'no such position' using errcode = 'P0002';
    end if;
    if p_permission is null or not exists (select 1 from sales.permissions x where x.code = p_permission) then
        raise exception 'unknown permission' using errcode = 'SD005';
    end if;
    delete from sales.position_permissions where position_id = p_position_id and permission = p_permission;
end
$$;

-- Categories, every one (deactivated too), in code order.
create or replace function api.product_category_rows()
    returns table (id bigint, code text, name text, parent_id bigint, active boolean, version integer)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query select c.id, c.code, c.name, c.parent_id, c.active, c.version
                 from sales.product_categories c order by c.code;
end
$$;
create or replace view api.product_categories as select * from api.product_category_rows();

-- Saves a category: a new one without p_id (its id), else version p_version of p_id.
create or replace function api.product_category_save(p_id bigint, p_version integer, p_values jsonb)
    returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    v jsonb := private.product_clean(coalesce(p_values, '{}'));
    got bigint;
begin
    perform private.require_permission('maintain_products');
    perform private.check_columns(v, array['code', 'name', 'parent_id', 'active']);
    begin
        if p_id is null then
            if not (v ? 'code' and v ? 'name') then
                raise exception 'a category needs a code and a name' using errcode = 'SD005';
            end if;
            insert into sales.product_categories (code, name, parent_id, active)
            select r.code, r.name, r.parent_id, coalesce(r.active, true)
            from jsonb_populate_record(null::sales.product_categories, v) r
            returning id into got;
        else
            update sales.product_categories c
            set code = case when v ? 'code' then r.code else c.code end,
                name = case when v ? 'name' then r.name else c.name end,
                parent_id = case when v ? 'parent_id' then r.parent_id else c.parent_id end,
                active = case when v ? 'active' then coalesce(r.active, true) else c.active end
            from jsonb_populate_record(null::sales.product_categories, v) r
            where c.id = p_id and (p_version is null or c.version = p_version)
            returning c.id into got;
            if got is null then
                if exists (select 1 from sales.product_categories c where c.id = p_id) then
                    raise exception 'changed by someone else' using errcode = 'SD002';
                end if;
                raise exception 'no such category' using errcode = 'P0002';
            end if;
        end if;
        -- a category is never its own ancestor
        if exists (with recursive up (id, n) as (
                       select c.parent_id, 1 from sales.product_categories c where c.id = got
                       union all
                       select c.parent_id, up.n + 1 from up join sales.product_categories c on c.id = up.id
                       where up.n < 100)
                   select 1 from up where up.id = got) then
            raise exception 'a category cannot lie below itself' using errcode = '23514', column = 'parent_id',
                table = 'product_categories', constraint = 'product_categories_parent_id_check';
        end if;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return got;
end
$$;

-- THE row function of products: every read path (the view, the list, the detail) goes through
-- it. Cost and margin come from sales.product_costs, whose policy shows them to see_cost only:
-- NULL for everyone else. `can_edit`: the caller holds maintain_products.
create or replace function api.product_rows(p_ids bigint[] default null)
    returns table (id bigint, code text, name text, specification text, unit text,
                   list_price numeric, cost_price numeric, margin numeric, tax_rate numeric,
                   active boolean, category_id bigint, category_name text,
                   updated_at timestamptz, version integer, can_edit boolean)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        select p.id, p.code, p.name, p.specification, p.unit, p.list_price, c.cost_price,
               p.list_price - c.cost_price, p.tax_rate, p.active, p.category_id, g.name,
               p.updated_at, p.version, (select private.has_permission('maintain_products'))
        from sales.products p
            left join sales.product_costs c on c.product_id = p.id
            left join sales.product_categories g on g.id = p.category_id
        where p_ids is null or p.id = any (p_ids)
        order by p.code;
end
$$;
create or replace view api.products as select * from api.product_rows();

-- One product (nothing when there is none).
create or replace function api.product_get(p_id bigint)
    returns setof api.products
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    return query select * from api.product_rows(array[p_id]);
end
$$;

-- One page of the product list: query {"search": text, "active": bool, "category_id": id};
-- sort by code, name (pinyin) or list_price; keyset paging by `cursor` (pass the last row's).
create or replace function api.product_list(p_query jsonb default '{}', p_sort text default 'code',
                                            p_descending boolean default false,
                                            p_after text default null, p_limit integer default 50)
    returns table (id bigint, code text, name text, specification text, unit text,
                   list_price numeric, cost_price numeric, margin numeric, tax_rate numeric,
                   active boolean, category_id bigint, category_name text,
                   updated_at timestamptz, version integer, can_edit boolean, cursor text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    f record := private.product_filter(p_query);
    col text;
    col_type text;
    after jsonb;
    dir text := case when p_descending then 'desc' else 'asc' end;
begin
    perform private.require_employee();
    select s.col, s.typ into col, col_type
    from (values ('code', 'code', 'text'), ('name', 'name_sort', 'text'),
                 ('list_price', 'list_price', 'numeric')) s (key, col, typ)
    where s.key = p_sort;
    if col is null then
        raise exception 'unknown sort' using errcode = 'SD005';
    end if;
    if p_after is not null then
        after := p_after::jsonb;
        if jsonb_typeof(after) <> 'array' or jsonb_array_length(after) <> 2 then
            raise exception 'not a valid cursor' using errcode = 'SD005';
        end if;
    end if;
    return query execute format(
        'with page as materialized (
             select p.id, jsonb_build_array(p.%1$I, p.id)::text as cursor
             from sales.products p
             where %5$s
               and ($5::jsonb is null or (p.%1$I, p.id) %2$s (($5 ->> 0)::%3$s, ($5 ->> 1)::bigint))
             order by p.%1$I %4$s, p.id %4$s
             limit $6),
         numbered as (select page.*, row_number() over () as n from page)
         select r.*, n.cursor
         from numbered n join api.product_rows(array(select page.id from page)) r on r.id = n.id
         order by n.n',
        col, case when p_descending then '<' else '>' end, col_type, dir, private.product_conds())
        using f.active, f.category_id, f.grams, f.pattern, after,
              least(greatest(coalesce(p_limit, 50), 1), 500);
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$$;

-- How many products a list query matches.
create or replace function api.product_count(p_query jsonb default '{}') returns bigint
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    f record;
    n bigint;
begin
    perform private.require_employee();
    f := private.product_filter(p_query);
    execute format('select count(*) from sales.products p where %s', private.product_conds())
        into n using f.active, f.category_id, f.grams, f.pattern;
    return n;
end
$$;

-- Saves a product: a new one without p_id (its id), else version p_version of p_id (SD002 when
-- someone changed it meanwhile). Fields: private.product_fields(). cost_price needs see_cost
-- besides maintain_products (who cannot see the cost does not set it); a save without it keeps
-- the cost. A cost-only change still moves the product's version.
create or replace function api.product_save(p_id bigint, p_version integer, p_values jsonb)
    returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    v jsonb := private.product_clean(coalesce(p_values, '{}'));
    cols text[];
    got bigint;
begin
    perform private.require_permission('maintain_products');
    perform private.check_columns(v, private.product_fields());
    if v ? 'cost_price' then
        perform private.require_permission('see_cost');
    end if;
    cols := array(select k from jsonb_object_keys(v - 'cost_price') k);
    begin
        if p_id is null then
            if not (v ? 'code' and v ? 'name') then
                raise exception 'a product needs a code and a name' using errcode = 'SD005';
            end if;
            execute format('insert into sales.products (%1$s) select %1$s '
                           'from jsonb_populate_record(null::sales.products, $1) returning id',
                           (select string_agg(quote_ident(c), ', ') from unnest(cols) c))
                into got using v;
        else
            -- `version` is set to itself so that the stamp moves it even for a cost-only change
            execute format('update sales.products t set (%1$s) = (select %2$s '
                           'from jsonb_populate_record(null::sales.products, $1) r) '
                           'where t.id = $2 and ($3::integer is null or t.version = $3) returning t.id',
                           (select string_agg(quote_ident(c), ', ') from unnest(cols || 'version'::text) c),
                           (select string_agg(x, ', ') from unnest(array(select 'r.' || quote_ident(c)
                                                                              from unnest(cols) c) || 't.version'::text) x))
                into got using v, p_id, p_version;
            if got is null then
                if exists (select 1 from sales.products p where p.id = p_id) then
                    raise exception 'changed by someone else' using errcode = 'SD002';
                end if;
                raise exception 'no such product' using errcode = 'P0002';
            end if;
        end if;
        if v ? 'cost_price' then
            insert into sales.product_costs (product_id, cost_price)
            values (got, (v ->> 'cost_price')::numeric(14, 2))
            on conflict (product_id) do update set cost_price = excluded.cost_price;
        end if;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return got;
end
$$;

reset role;
revoke all on function api.permission_rows(), api.position_permission_rows(), api.my_permissions(),
    api.position_grant(bigint, text), api.position_revoke(bigint, text), api.product_category_rows(),
    api.product_category_save(bigint, integer, jsonb), api.product_rows(bigint[]), api.product_get(bigint),
    api.product_list(jsonb, text, boolean, text, integer), api.product_count(jsonb),
    api.product_save(bigint, integer, jsonb)
    from public;
grant execute on function api.permission_rows(), api.position_permission_rows(), api.my_permissions(),
    api.position_grant(bigint, text), api.position_revoke(bigint, text), api.product_category_rows(),
    api.product_category_save(bigint, integer, jsonb), api.product_rows(bigint[]), api.product_get(bigint),
    api.product_list(jsonb, text, boolean, text, integer), api.product_count(jsonb),
    api.product_save(bigint, integer, jsonb)
    to salesdesk_user;
grant select on api.permissions, api.position_permissions, api.product_categories, api.products
    to salesdesk_user;
