-- 0025 The company's own details (issue 13 §6): the seller's header of every quote and contract.
--
-- Company-wide reference data shaped like the products (sql/0016): one row, no owner, RLS with
-- "every employee reads" and writes on a permission (maintain_company_profile, the admin's).
-- Employees reach it only through api.company_profile (the view over api.company_profile_rows())
-- and api.company_profile_save(version, values).
--
-- The tax number is the 统一社会信用代码 (GB 32100-2015): 18 characters from the code set
-- 0-9 A-H J-N P Q R T U W X Y (no I, O, S, V, Z); characters 3-8 are the registering
-- authority's area code (digits); the 18th is the check character:
--     c18 = (31 - Σ_{i=1..17} value(c_i) × (3^(i-1) mod 31) mod 31) mod 31,
-- a character's value being its position in the code set (0 → 0 … Y → 30).
set local role salesdesk_owner;

insert into sales.permissions (code, name, name_en, description, description_en, sort_order) values
    ('maintain_company_profile', '维护公司信息', 'Maintain the company details',
     '维护报价单和合同抬头上的公司名称、地址、税号和开户行',
     'Maintain the company name, address, tax number and bank printed on quotes and contracts', 85)
on conflict (code) do nothing;
insert into sales.position_permissions (position_id, permission)
select p.id, 'maintain_company_profile' from sales.positions p where p.code = 'admin'
on conflict do nothing;

-- Is this a well-formed 统一社会信用代码 with its check character right?
create or replace function private.valid_credit_code(p_code text) returns boolean
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select p_code is null or (
        p_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'
        and substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
                   (31 - (select sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(p_code, i, 1)) - 1)
                                     * (array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])[i])
                          from generate_series(1, 17) i)::integer % 31) % 31 + 1, 1)
            = substr(p_code, 18, 1))
$$;
revoke all on function private.valid_credit_code(text) from public;
grant execute on function private.valid_credit_code(text) to salesdesk_api;

create table if not exists sales.company_profile (
    id            boolean primary key default true check (id),  -- one row
    legal_name    text not null check (btrim(legal_name) = legal_name and legal_name <> ''
                                       and length(legal_name) <= 200),
    short_name    text check (short_name is null or length(short_name) <= 100),
    address       text check (address is null or length(address) <= 300),
    phone         text check (private.valid_phone(phone)),
    tax_number    text constraint company_profile_tax_number_check
                      check (private.valid_credit_code(tax_number)),
    bank_name     text check (bank_name is null or length(bank_name) <= 200),
    bank_account  text check (bank_account is null or bank_account ~ '^[0-9][0-9 -]{3,38}[0-9]$'),
    website       text check (website is null or length(website) <= 200),
    created_at    timestamptz not null default now(),
    created_by    bigint,
    updated_at    timestamptz not null default now(),
    updated_by    bigint,
    version       integer not null default 1
);
call private.protect_table('sales.company_profile');

drop policy if exists "every employee reads the company's details" on sales.company_profile;
create policy "every employee reads the company's details" on sales.company_profile
    for select to salesdesk_api using ((select private.current_employee_id()) is not null);
drop policy if exists "maintain_company_profile enters the company's details" on sales.company_profile;
create policy "maintain_company_profile enters the company's details" on sales.company_profile
    for insert to salesdesk_api with check ((select private.has_permission('maintain_company_profile')));
drop policy if exists "maintain_company_profile changes the company's details" on sales.company_profile;
create policy "maintain_company_profile changes the company's details" on sales.company_profile
    for update to salesdesk_api using ((select private.has_permission('maintain_company_profile')))
    with check ((select private.has_permission('maintain_company_profile')));
-- no delete: the details are changed, never removed
grant select,
    insert (legal_name, short_name, address, phone, tax_number, bank_name, bank_account, website),
    update (legal_name, short_name, address, phone, tax_number, bank_name, bank_account, website)
    on sales.company_profile to salesdesk_api;

reset role;
set local role salesdesk_api;

-- The company's details: one row once entered, none before. `can_edit`: the caller may change them.
create or replace function api.company_profile_rows()
    returns table (legal_name text, short_name text, address text, phone text, tax_number text,
                   bank_name text, bank_account text, website text, updated_at timestamptz,
                   updated_by_name text, version integer, can_edit boolean)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        select c.legal_name, c.short_name, c.address, c.phone, c.tax_number, c.bank_name,
               c.bank_account, c.website, c.updated_at, e.name, c.version,
               (select private.has_permission('maintain_company_profile'))
        from sales.company_profile c
            left join api.employees e on e.id = c.updated_by;
end
$$;
create or replace view api.company_profile as select * from api.company_profile_rows();

-- Saves the company's details: `p_version` null enters them the first time (SD002 when someone
-- entered them meanwhile), else changes version `p_version` (SD002 when someone saved since).
-- Text is trimmed, empty is NULL.
create or replace function api.company_profile_save(p_version integer, p_values jsonb) returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    fields constant text[] := array['legal_name', 'short_name', 'address', 'phone', 'tax_number',
                                    'bank_name', 'bank_account', 'website'];
    v jsonb := coalesce(p_values, '{}');
    f text;
    r sales.company_profile;
    got integer;
begin
    perform private.require_permission('maintain_company_profile');
    perform private.check_columns(v, fields);
    foreach f in array fields loop
        if jsonb_typeof(v -> f) = 'string' then
            v := jsonb_set(v, array[f], coalesce(to_jsonb(nullif(btrim(normalize(v ->> f, nfkc)), '')), 'null'));
        end if;
    end loop;
    begin
        r := jsonb_populate_record(null::sales.company_profile, v);
        if p_version is null then
            insert into sales.company_profile (legal_name, short_name, address, phone, tax_number,
                                               bank_name, bank_account, website)
            values (r.legal_name, r.short_name, r.address, r.phone, r.tax_number, r.bank_name,
                    r.bank_account, r.website)
            on conflict (id) do nothing
            returning version into got;
            if got is null then
                raise exception 'changed by someone else' using errcode = 'SD002';
            end if;
            return got;
        end if;
        update sales.company_profile c
        set legal_name = case when v ? 'legal_name' then r.legal_name else c.legal_name end,
            short_name = case when v ? 'short_name' then r.short_name else c.short_name end,
            address = case when v ? 'address' then r.address else c.address end,
            phone = case when v ? 'phone' then r.phone else c.phone end,
            tax_number = case when v ? 'tax_number' then r.tax_number else c.tax_number end,
            bank_name = case when v ? 'bank_name' then r.bank_name else c.bank_name end,
            bank_account = case when v ? 'bank_account' then r.bank_account else c.bank_account end,
            website = case when v ? 'website' then r.website else c.website end
        where c.version = p_version
        returning c.version into got;
        if got is null then
            raise exception 'changed by someone else' using errcode = 'SD002';
        end if;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return got;
end
$$;

reset role;
revoke all on function api.company_profile_rows(), api.company_profile_save(integer, jsonb) from public;
grant execute on function api.company_profile_rows(), api.company_profile_save(integer, jsonb)
    to salesdesk_user;
grant select on api.company_profile to salesdesk_user;
