-- 0008 phone numbers as Chinese offices write them: with an extension (分机/转).
--
-- "021-6000 0012 转 801" was refused. The client normalises what is typed (full-width digits
-- and separators become ASCII; 分机, ext., x and # become 转) and the database accepts
-- exactly that form. Duplicate detection compares the number without its extension.
set local role salesdesk_owner;

create or replace function private.normalize_phone(p_phone text) returns text
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select nullif(regexp_replace(regexp_replace(
               regexp_replace(normalize(coalesce(p_phone, ''), nfkc), '\s*转.*$', ''),
               '\D', '', 'g'), '^86(1\d{10})$', '\1'), '')
$$;

alter table sales.customers drop constraint if exists customers_phone_check;
alter table sales.customers add constraint customers_phone_check
    check (phone ~ '^\+?[0-9][0-9 ()-]{4,29}( 转 [0-9]{1,6})?$');
alter table sales.contacts drop constraint if exists contacts_phone_check;
alter table sales.contacts add constraint contacts_phone_check
    check (phone ~ '^\+?[0-9][0-9 ()-]{4,29}( 转 [0-9]{1,6})?$');
