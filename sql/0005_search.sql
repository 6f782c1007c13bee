-- 0005 search and Chinese order: a pinyin sort key and an index-served substring search.
--
-- `name ILIKE '%广州%'` is not leakproof, so under row-level security no index could serve it:
-- at 1M customers the director's search box took 1.2-3.6 s. No extension is needed instead:
-- each customer keeps its searchable text (name, short name, phone digits, its contacts' names
-- and numbers), normalised, plus that text's character bigrams (and digit trigrams) in a
-- text[] with a built-in GIN index. `search_grams @> grams(query)` finds candidates through the
-- index (arraycontains is leakproof in salesdesk databases, see database.sql), and
-- `search_text LIKE` on those few rows keeps the answer exact.
set local role salesdesk_owner;

-- Lower case, NFKC (full-width digits and letters become ASCII), without spaces and punctuation.
create or replace function private.search_norm(p_text text) returns text
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select regexp_replace(lower(normalize(coalesce(p_text, ''), nfkc)),
                          '[[:space:][:punct:]（）·，。、：；！？“”‘’《》【】—…\x1f]+', '', 'g')
$$;

create or replace function private.search_digits(p_text text) returns text
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select regexp_replace(normalize(coalesce(p_text, ''), nfkc), '\D', '', 'g')
$$;

-- The index terms of a text whose fields are separated by U+001F: every two-character
-- substring that is not all digits (Chinese names from two characters, Latin, mixed codes)
-- and every three-digit substring (phone numbers from three digits). Terms never span fields.
-- Linear in the text (characters and their next ones by lead()): substr(text, i, 2) for every i
-- is quadratic on multibyte text, and 20,000 characters in a name or the search box took 6 s.
create or replace function private.search_grams(p_text text) returns text[]
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(array_agg(distinct t.term), '{}')
    from unnest(string_to_array(coalesce(p_text, ''), E'\x1f')) f(field)
        cross join lateral (
            select c.ch || lead(c.ch) over w as two,
                   c.ch || lead(c.ch) over w || lead(c.ch, 2) over w as three
            from unnest(string_to_array(f.field, null)) with ordinality c(ch, n)
            window w as (order by c.n)
        ) x
        cross join lateral (
            select x.two where translate(x.two, '0123456789', '') <> ''
            union all
            select x.three where translate(x.three, '0123456789', '') = ''
        ) t(term)
$$;

-- What a customer is found by: its own fields and its contacts'.
create or replace function private.customer_search_text(p_id bigint, p_name text, p_short_name text,
                                                        p_phone text)
    returns text
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select concat_ws(E'\x1f', private.search_norm(p_name), private.search_norm(p_short_name),
                     private.search_digits(p_phone),
                     (select string_agg(concat_ws(E'\x1f', private.search_norm(c.name),
                                                  private.search_digits(c.mobile),
                                                  private.search_digits(c.phone)), E'\x1f' order by c.id)
                      from sales.contacts c where c.customer_id = p_id))
$$;

alter table sales.customers
    add column if not exists name_sort text collate "C",
    add column if not exists search_text text,
    add column if not exists search_grams text[];
alter table sales.employees add column if not exists name_sort text collate "C";

-- Computed columns of a customer, before every write: the pinyin sort key and the search terms.
-- Definer: it reads the customer's contacts whoever writes.
create or replace function private.customer_derive() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    new.name_sort := private.pinyin_key(new.name);
    new.search_text := private.customer_search_text(new.id, new.name, new.short_name, new.phone);
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$$;
drop trigger if exists derive on sales.customers;
create trigger derive before insert or update on sales.customers
    for each row execute function private.customer_derive();

-- A contact's name or numbers changed: refresh its customer's search terms (the update changes
-- only computed columns, so it is neither a new version nor an audited change).
create or replace function private.contact_search_changed() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    update sales.customers set search_text = null
    where id in (case when tg_op <> 'INSERT' then old.customer_id end,
                 case when tg_op <> 'DELETE' then new.customer_id end);
    return null;
end
$$;
drop trigger if exists search_changed on sales.contacts;
create trigger search_changed after insert or delete or update of name, mobile, phone, customer_id
    on sales.contacts for each row execute function private.contact_search_changed();

create or replace function private.employee_derive() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    new.name_sort := private.pinyin_key(new.name);
    return new;
end
$$;
drop trigger if exists derive on sales.employees;
create trigger derive before insert or update of name on sales.employees
    for each row execute function private.employee_derive();

-- Fill the new columns (an upgrade of a database with data): computed columns only.
alter table sales.customers disable trigger audit, disable trigger stamp;
update sales.customers set search_text = null;
alter table sales.customers enable trigger audit, enable trigger stamp;
alter table sales.employees disable trigger stamp;
update sales.employees set name_sort = private.pinyin_key(name);
alter table sales.employees enable trigger stamp;
alter table sales.customers alter column name_sort set not null;
alter table sales.employees alter column name_sort set not null;

drop index if exists sales.customers_owner_name_idx;
drop index if exists sales.customers_name_idx;
drop index if exists sales.customers_pool_name_idx;
create index if not exists customers_owner_sort_idx on sales.customers (owner_id, name_sort, id);
create index if not exists customers_sort_idx on sales.customers (name_sort, id);
create index if not exists customers_pool_sort_idx on sales.customers (pool_id, name_sort, id)
    where pool_id is not null;
create index if not exists customers_search_idx on sales.customers using gin (search_grams);
create index if not exists employees_sort_idx on sales.employees (name_sort, id);

revoke all on function private.search_norm(text), private.search_digits(text),
    private.search_grams(text), private.customer_search_text(bigint, text, text, text) from public;
grant execute on function private.search_norm(text), private.search_digits(text),
    private.search_grams(text) to salesdesk_api;
