-- Import in bulk: one statement per table for a file's rows, and leads checked company-wide.
--
-- 1. The audit of every declared kind is written once per statement, for all its rows, from the
--    statement's transition tables (private.audit_rows), instead of one trigger call per row
--    (private.audit, 0001/0015). The entries are the same: one audit row and one change-feed row
--    per record inserted, changed (values that differ, stamps and derived columns left out; the
--    new owner is the change's subject) or deleted, filed under the record's top-level record and
--    its owner. A child kind's roots and owners are read once per statement (one read of the parent
--    table when the parent is top-level), not once per row. A trigger with transition tables
--    serves one event: three per table (audit_insert, audit_update, audit_delete), installed by
--    private.protect_table for every kind declared from now on and re-installed here on every
--    kind already declared.
-- 2. A new contact clears its customer's other primary contacts only when the customer has one:
--    the update it ran for every contact (an import's 10,000 contacts ran 10,000 updates, each
--    firing the table's statement triggers) now runs only when there is something to clear.
-- 3. Leads are checked company-wide by the batched duplicate check, now one for every kind that
--    declares its keys (below).
-- 4. An import of customers with contacts derives each customer once, after its contacts (below).

create or replace function private.audit_rows() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    skip text[];
    recs jsonb[];
    olds jsonb[];
    news jsonb[];
    parents bigint[];
    parent private.record_kinds;
    r_parent bigint[];
    r_kind text[];
    r_root bigint[];
    r_owner bigint[];
begin
    select * into k from private.record_kinds where kind = tg_argv[0];
    skip := array['updated_at', 'updated_by', 'version'] || k.derived;
    -- the statement's rows: the record (NEW, or OLD for a delete; its id, owner and parent are never
    -- derived) and its values before and after without stamps and derived columns; an update that
    -- changed only those is no entry
    -- (offset 0: each row's JSON is made once, not once per key compared)
    if tg_op = 'INSERT' then
        select array_agg(r.rec order by r.id), array_agg(null::jsonb order by r.id), array_agg(r.rec order by r.id)
        into recs, olds, news
        from (select n.id, to_jsonb(n) - skip as rec from new_rows n offset 0) r;
    elsif tg_op = 'DELETE' then
        select array_agg(r.rec order by r.id), array_agg(r.rec order by r.id), array_agg(null::jsonb order by r.id)
        into recs, olds, news
        from (select o.id, to_jsonb(o) - skip as rec from old_rows o offset 0) r;
    else
        select array_agg(r.rec order by r.id), array_agg(d.old_values order by r.id),
               array_agg(d.new_values order by r.id)
        into recs, olds, news
        from (select n.id, to_jsonb(o) - skip as was, to_jsonb(n) - skip as rec
              from old_rows o join new_rows n on n.id = o.id offset 0) r
            cross join lateral (
                select jsonb_object_agg(e.key, e.value) as old_values,
                       jsonb_object_agg(e.key, r.rec -> e.key) as new_values
                from jsonb_each(r.was) e
                where e.value is distinct from r.rec -> e.key) d
        where d.old_values is not null;
    end if;
    if recs is null then
        return null;
    end if;
    if k.parent_kind is not null then
        -- the parent chain is read past RLS, once per parent
        parents := array(select distinct (r ->> k.parent_column)::bigint from unnest(recs) r
                         where r ->> k.parent_column is not null);
        select * into parent from private.record_kinds where kind = k.parent_kind;
        if parent.parent_kind is null then
            execute format('select array_agg(q.id), array_agg(%L::text), array_agg(q.id), array_agg(p.%I) '
                           'from unnest($1) q(id) left join %s p on p.id = q.id', parent.kind,
                           parent.owner_column, parent.table_name)
                into r_parent, r_kind, r_root, r_owner using parents;
        else
            select array_agg(p.id), array_agg(rt.root_kind), array_agg(rt.root_id),
                   array_agg(private.record_owner(rt.root_kind, rt.root_id))
            into r_parent, r_kind, r_root, r_owner
            from unnest(parents) p(id) cross join lateral private.record_root(k.parent_kind, p.id) rt;
        end if;
    end if;
    with entries as (
        select e.n, (e.rec ->> 'id')::bigint as rec_id, e.old_values, e.new_values,
               case when k.parent_kind is null then k.kind else rt.root_kind end as rk,
               case when k.parent_kind is null then (e.rec ->> 'id')::bigint else rt.root_id end as rid,
               case when k.parent_kind is null then (e.rec ->> k.owner_column)::bigint else rt.owner_id end
                   as owner
        from unnest(recs, olds, news) with ordinality e(rec, old_values, new_values, n)
            left join unnest(r_parent, r_kind, r_root, r_owner) rt(parent_id, root_kind, root_id, owner_id)
                on k.parent_kind is not null and rt.parent_id = (e.rec ->> k.parent_column)::bigint
    ), logged as (
        insert into sales.audit_log (actor_id, kind, record_id, root_kind, root_id, owner_id, op,
                                     old_values, new_values)
        select private.current_employee_id(), k.kind, x.rec_id, x.rk, x.rid, x.owner, tg_op,
               x.old_values, x.new_values
        from entries x order by x.n
    )
    insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
    select k.kind, x.rec_id, x.rk, x.rid, tg_op,
           case when tg_op = 'UPDATE' and k.parent_kind is null and x.new_values ? k.owner_column
                then x.owner end  -- the new owner
    from entries x order by x.n;
    return null;
end
$$;
alter function private.audit_rows() owner to salesdesk_owner;
revoke all on function private.audit_rows() from public;

create or replace procedure private.protect_table(p_table regclass, p_stamp boolean default true,
                                                  p_audit_kind text default null,
                                                  p_derived text[] default '{}')
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    execute format('alter table %s enable row level security', p_table);
    execute format('alter table %s force row level security', p_table);
    if p_stamp then
        execute format('drop trigger if exists stamp on %s', p_table);
        execute format('create trigger stamp before insert or update on %s
                        for each row execute function private.stamp(%s)', p_table,
                       (select string_agg(quote_literal(d), ', ') from unnest(p_derived) d));
    end if;
    if p_audit_kind is not null then
        -- once per statement, for all its rows (a trigger with transition tables serves one event)
        execute format('drop trigger if exists audit on %s', p_table);
        execute format('drop trigger if exists audit_insert on %s', p_table);
        execute format('drop trigger if exists audit_update on %s', p_table);
        execute format('drop trigger if exists audit_delete on %s', p_table);
        execute format('create trigger audit_insert after insert on %s referencing new table as new_rows '
                       'for each statement execute function private.audit_rows(%L)', p_table, p_audit_kind);
        execute format('create trigger audit_update after update on %s '
                       'referencing old table as old_rows new table as new_rows '
                       'for each statement execute function private.audit_rows(%L)', p_table, p_audit_kind);
        execute format('create trigger audit_delete after delete on %s referencing old table as old_rows '
                       'for each statement execute function private.audit_rows(%L)', p_table, p_audit_kind);
    end if;
end
$$;
alter procedure private.protect_table(regclass, boolean, text, text[]) owner to salesdesk_owner;

-- every kind already declared: its row trigger replaced by the statement triggers
do $$
declare
    t record;
begin
    for t in select tg.tgrelid::regclass as tbl, split_part(encode(tg.tgargs, 'escape'), '\000', 1) as kind
             from pg_trigger tg
             where tg.tgfoid = to_regprocedure('private.audit()') and tg.tgname = 'audit' loop
        call private.protect_table(t.tbl, p_stamp => false, p_audit_kind => t.kind);
    end loop;
end
$$;
drop function if exists private.audit();

create or replace function private.one_primary_contact() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if new.is_primary and (tg_op = 'INSERT' or not old.is_primary)
       and exists (select 1 from sales.contacts
                   where customer_id = new.customer_id and is_primary and id <> new.id) then
        update sales.contacts set is_primary = false
        where customer_id = new.customer_id and is_primary and id <> new.id;
    end if;
    return new;
end
$$;
alter function private.one_primary_contact() owner to salesdesk_owner;

-- A customer's search text reads its contacts by customer (0005). The function's plan is kept for
-- the session and made from the table's statistics: with the few contacts a new company has, a
-- sequential scan; an import of 10,000 contacts then read the whole growing table once per customer
-- (an import's time grew with the square of its rows). The index on customer_id is always right.
alter function private.customer_search_text(bigint, text, text, text) set enable_seqscan = off;

-- 3. Leads are checked company-wide like customers: the batched duplicate check (0041) is one
--    function for every kind that declares its keys (private.kind_duplicate_keys: the SQL
--    expressions of a record's name key and phone keys over its row `t`), api.record_duplicates_batch(
--    kind, names, phones). It answers only "a duplicate exists" per row and whether one is in the
--    caller's sight, never whose or which; it takes the same duplicate-check limit (one unit per
--    started 1,000 rows) and logs every row asked in sales.lookup_log (now with the kind) and the
--    server log. api.customer_duplicates_batch stays, as the same check for customers.
create table private.kind_duplicate_keys (
    kind text primary key references private.record_kinds (kind),
    name_key text not null,
    phone_keys text[] not null
);
alter table private.kind_duplicate_keys owner to salesdesk_owner;
revoke all on private.kind_duplicate_keys from public;
alter table private.kind_duplicate_keys enable row level security;
alter table private.kind_duplicate_keys force row level security;
insert into private.kind_duplicate_keys (kind, name_key, phone_keys) values
    ('customer', 't.name_key', array['t.phone_norm']),
    ('lead', 'private.company_name_key(t.company_name)',
     array['private.normalize_phone(t.phone)', 'private.normalize_phone(t.mobile)']);
create index leads_name_key_idx on sales.leads (private.company_name_key(company_name));
create index leads_phone_norm_idx on sales.leads (private.normalize_phone(phone));
create index leads_mobile_norm_idx on sales.leads (private.normalize_phone(mobile));

alter table sales.lookup_log add column kind text not null default 'customer';

create or replace function private.has_duplicate_check(p_kind text) returns boolean
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select exists (select 1 from private.kind_duplicate_keys d where d.kind = p_kind)
$$;
alter function private.has_duplicate_check(text) owner to salesdesk_owner;
revoke all on function private.has_duplicate_check(text) from public;
grant execute on function private.has_duplicate_check(text) to salesdesk_api;

create or replace function private.duplicates_batch(p_kind text, p_names text[], p_phones text[])
    returns table (ord integer, id bigint)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    d private.kind_duplicate_keys;
begin
    -- reads past RLS (owner): the API function tells no more than "exists" and "in my sight"
    select * into strict d from private.kind_duplicate_keys where kind = p_kind;
    return query execute format(
        'with asked as (select a.ord::integer as ord, nullif(private.company_name_key(a.name), '''') as n_name, '
        'private.normalize_phone(a.phone) as n_phone from unnest($1, $2) with ordinality as a(name, phone, ord)) %s',
        (select string_agg(format('select q.ord, t.id from asked q join %s t on %s = q.%s',
                                  (private.kind(p_kind)).table_name, x.expr, x.asked), ' union ')
         from (select d.name_key as expr, 'n_name' as asked
               union all select p, 'n_phone' from unnest(d.phone_keys) p) x))
        using p_names, p_phones;
end
$$;
alter function private.duplicates_batch(text, text[], text[]) owner to salesdesk_owner;
revoke all on function private.duplicates_batch(text, text[], text[]) from public;
grant execute on function private.duplicates_batch(text, text[], text[]) to salesdesk_api;

drop function private.log_lookups(text[], text[], integer[], integer[]);
create or replace function private.log_lookups(p_kind text, p_names text[], p_phones text[],
                                               p_matches integer[], p_hidden integer[])
    returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    insert into sales.lookup_log (actor_id, kind, name, phone, matches, hidden)
    select private.require_employee(), p_kind, a.name, a.phone, a.matches, a.hidden
    from unnest(p_names, p_phones, p_matches, p_hidden) a(name, phone, matches, hidden)
$$;
alter function private.log_lookups(text, text[], text[], integer[], integer[]) owner to salesdesk_owner;
revoke all on function private.log_lookups(text, text[], text[], integer[], integer[]) from public;
grant execute on function private.log_lookups(text, text[], text[], integer[], integer[]) to salesdesk_api;

create or replace function api.record_duplicates_batch(p_kind text, p_names text[], p_phones text[])
    returns table (ord integer, in_sight boolean)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set client_min_messages = warning
    set debug_print_parse = off
    set debug_print_plan = off
    set debug_print_rewritten = off
    set trace_notify = off
    set trace_sort = off
as $$
declare
    me bigint := private.require_employee();
    n integer := coalesce(cardinality(p_names), 0);
    checks bigint;
    n_found integer;
    f_ord integer[];
    f_id bigint[];
    seen bigint[];
begin
    if not coalesce(private.has_duplicate_check(p_kind), false) then
        raise exception 'no duplicate check for this kind' using errcode = 'SD005';
    end if;
    if n <> coalesce(cardinality(p_phones), 0) or n > 10000 then
        raise exception 'give up to 10000 names and as many phones' using errcode = 'SD005';
    end if;
    if exists (select 1 from unnest(p_names, p_phones) a(name, phone)
               where char_length(a.name) > 200 or char_length(a.phone) > 40) then
        raise exception 'a name or phone is too long for a duplicate check' using errcode = 'SD005';
    end if;
    if n = 0 then
        return;
    end if;
    begin
        for i in 1 .. (n + 999) / 1000 loop
            checks := private.take_lookup_quota(me);
        end loop;
    exception when sqlstate 'SD007' then
        raise log 'salesdesk duplicate batch refused: login=% employee=% kind=% rows=%',
            to_json(session_user::text), me, p_kind, n;
        raise;
    end;
    select array_agg(d.ord), array_agg(d.id) into f_ord, f_id
    from private.duplicates_batch(p_kind, p_names, p_phones) d;
    -- which of them I see: the kind's own RLS, one read by id
    execute format('select array_agg(t.id) from %s t where t.id = any ($1)', (private.kind(p_kind)).table_name)
        into seen using f_id;
    -- every row asked is logged as a check of its own (matches: 0 or 1; hidden: none in sight)
    perform private.log_lookups(p_kind, p_names, p_phones,
                                array_agg((f.ord is not null)::integer order by a.ord),
                                array_agg((f.ord is not null and not f.seen)::integer order by a.ord))
    from unnest(p_names, p_phones) with ordinality as a(name, phone, ord)
        left join (select d.ord, bool_or(d.id = any (coalesce(seen, '{}'))) as seen
                   from unnest(f_ord, f_id) d(ord, id) group by d.ord) f on f.ord = a.ord;
    return query
        select d.ord, bool_or(d.id = any (coalesce(seen, '{}')))
        from unnest(f_ord, f_id) d(ord, id)
        group by d.ord
        order by d.ord;
    get diagnostics n_found = row_count;
    raise log 'salesdesk duplicate batch: login=% employee=% kind=% rows=% matches=% checks=%',
        to_json(session_user::text), me, p_kind, n, n_found, checks;
end
$$;
alter function api.record_duplicates_batch(text, text[], text[]) owner to salesdesk_api;
revoke all on function api.record_duplicates_batch(text, text[], text[]) from public;
grant execute on function api.record_duplicates_batch(text, text[], text[]) to salesdesk_user;

-- the customers' batch (0041) is the same check
create or replace function api.customer_duplicates_batch(p_names text[], p_phones text[])
    returns table (ord integer, in_sight boolean)
    language sql security definer
    set search_path = pg_catalog, pg_temp
    set client_min_messages = warning
    set debug_print_parse = off
    set debug_print_plan = off
    set debug_print_rewritten = off
    set trace_notify = off
    set trace_sort = off
as $$
    select * from api.record_duplicates_batch('customer', p_names, p_phones)
$$;
drop function private.customer_duplicates_batch(text[], text[]);

-- 4. An import of customers with their contacts derived each customer's search columns twice: when
--    the customer was inserted (without contacts yet) and again when its contact's statement
--    trigger (0045) asked for it. Now api.record_import defers the first: while its transaction is
--    listed in private.derive_deferred (only the definer functions below write it; employees hold
--    no privilege on it), a customer's insert leaves the search columns to the update that follows,
--    and the customers the file gave no contact are derived by one update at the end. The columns
--    are the same as a form's save gives (tests/test_import_audit.py).
create table private.derive_deferred (
    xact xid8 primary key
);
alter table private.derive_deferred owner to salesdesk_owner;
revoke all on private.derive_deferred from public;
alter table private.derive_deferred enable row level security;
alter table private.derive_deferred force row level security;

-- null: defer the derive of the customers this transaction inserts; ids: stop deferring, and derive
-- those of them still underived
create or replace function private.defer_derive(p_ids bigint[]) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if p_ids is null then
        insert into private.derive_deferred (xact) values (pg_current_xact_id()) on conflict do nothing;
        return;
    end if;
    delete from private.derive_deferred where xact = pg_current_xact_id();
    update sales.customers set search_text = null where id = any (p_ids) and search_text is null;
end
$$;
alter function private.defer_derive(bigint[]) owner to salesdesk_owner;
revoke all on function private.defer_derive(bigint[]) from public;
grant execute on function private.defer_derive(bigint[]) to salesdesk_api;

create or replace function private.customer_derive() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' and exists (select 1 from private.derive_deferred d
                                    where d.xact = pg_current_xact_id()) then
        new.name_sort := '';  -- an import's: derived after its contacts (private.defer_derive)
        return new;
    end if;
    new.name_sort := private.pinyin_key(new.name);
    new.search_text := private.customer_search_text(new.id, new.name, new.short_name, new.phone);
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$$;
alter function private.customer_derive() owner to salesdesk_owner;

create or replace function api.record_import(p_kind text, p_rows jsonb)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
    set client_min_messages = warning
    set debug_print_parse = off
    set debug_print_plan = off
    set debug_print_rewritten = off
    set trace_notify = off
    set trace_sort = off
as $$
declare
    me bigint := private.require_employee();
    k private.record_kinds;
    c private.record_kinds := private.kind('contact');
    n integer := coalesce(jsonb_array_length(case jsonb_typeof(p_rows) when 'array' then p_rows end), -1);
    keys text[];
    contact_keys text[];
    ids bigint[];
    r jsonb;
    at_row text;
begin
    if p_kind not in ('customer', 'lead') then
        raise exception 'only customers and leads are imported' using errcode = 'SD005';
    end if;
    if n < 0 or n > 10000 then
        raise exception 'give up to 10000 rows as a JSON array' using errcode = 'SD005';
    end if;
    if n = 0 then
        return 0;
    end if;
    k := private.kind(p_kind);
    -- every row gives the same fields (the file's mapped columns); an owner or pool is never given
    select array_agg(x order by x) into keys from jsonb_object_keys(p_rows -> 0 -> 'values') x;
    select array_agg(x order by x) into contact_keys
    from jsonb_object_keys(coalesce((select e -> 'contact' from jsonb_array_elements(p_rows) e
                                     where jsonb_typeof(e -> 'contact') = 'object' limit 1), '{}')) x;
    for r in select value from jsonb_array_elements(p_rows) loop
        at_row := coalesce(r ->> 'row', '?');
        if jsonb_typeof(r -> 'values') is distinct from 'object'
                or keys is distinct from (select array_agg(x order by x) from jsonb_object_keys(r -> 'values') x)
                or (jsonb_typeof(r -> 'contact') = 'object' and contact_keys is distinct from
                    (select array_agg(x order by x) from jsonb_object_keys(r -> 'contact') x))
                or (p_kind <> 'customer' and r ? 'contact') then
            raise exception 'every imported row gives the same fields' using errcode = 'SD005',
                detail = 'import row ' || at_row;
        end if;
    end loop;
    -- only the fields a form may write: an owner, pool or parent is the importer's own
    perform private.check_columns(p_rows -> 0 -> 'values', k.insertable || k.writable);
    perform private.check_columns(coalesce(jsonb_object_agg(x, true), '{}'),
                                  array_remove(c.insertable || c.writable, c.parent_column))
    from unnest(contact_keys) x;
    begin
        -- one statement per table: the row triggers (search, stamps, checks) run per row as for a
        -- form's save, the statement triggers (audit, change feed, metric ledger) once per import;
        -- customers with contacts are derived once, after their contacts (private.defer_derive)
        if contact_keys is not null then
            perform private.defer_derive(null);
        end if;
        execute format(
            'with input as (select (e.o)::int as o, e.v from jsonb_array_elements($1) with ordinality e(v, o)), '
            'made as (insert into %1$s (%2$s, %3$I) select %4$s, $2 from input i, '
            'lateral jsonb_populate_record(null::%1$s, i.v -> ''values'') r order by i.o returning id) '
            'select array_agg(id order by id) from made',
            k.table_name, (select string_agg(quote_ident(x), ', ') from unnest(keys) x), k.owner_column,
            (select string_agg('r.' || quote_ident(x), ', ') from unnest(keys) x))
            into ids using p_rows, me;
        -- the ids in ascending order are the rows in the file's order: one identity, drawn as the
        -- ordered rows were inserted
        if cardinality(ids) is distinct from n then
            raise exception 'the import could not number its rows' using errcode = 'SD005';
        end if;
        if contact_keys is not null then
            execute format(
                'insert into %1$s (%2$s, %3$I) select %4$s, ($2)[e.o] '
                'from jsonb_array_elements($1) with ordinality e(v, o), '
                'lateral jsonb_populate_record(null::%1$s, e.v -> ''contact'') r '
                'where jsonb_typeof(e.v -> ''contact'') = ''object'' order by e.o',
                c.table_name, (select string_agg(quote_ident(x), ', ') from unnest(contact_keys) x),
                c.parent_column, (select string_agg('r.' || quote_ident(x), ', ') from unnest(contact_keys) x))
            using p_rows, ids;
            perform private.defer_derive(ids);
        end if;
    exception when others then
        -- which row? the same rows one by one (only on this path) name the first refused
        declare
            state text := sqlstate;
            message text := sqlerrm;
        begin
            for r in select value from jsonb_array_elements(p_rows) loop
                at_row := coalesce(r ->> 'row', '?');
                begin
                    perform api.record_create(p_kind, r -> 'values');
                exception when others then
                    raise exception using errcode = sqlstate, message = sqlerrm,
                        detail = 'import row ' || at_row;
                end;
            end loop;
            raise exception using errcode = state, message = message;
        end;
    end;
    return n;
end
$$;
alter function api.record_import(text, jsonb) owner to salesdesk_api;

-- 5. A reference's check (0015) read the referenced record with EXECUTE: planned again for every
--    row written, with the target kind's policies (a tenth of an import's time). Each declared
--    reference now gets its own trigger function, written here from the declaration, whose read is
--    static SQL: planned once per session. It answers exactly as before: a null reference and an
--    unchanged one are not checked; a record the writer does not see and a missing id both answer
--    P0002 "referenced record not found" (the writer's own RLS decides: the function is not a
--    definer).
create or replace procedure private.declare_reference(p_kind text, p_column text, p_target_kind text)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $proc$
declare
    k private.record_kinds;
    target private.record_kinds;
    col smallint;
    fn text;
begin
    select * into k from private.record_kinds where kind = p_kind;
    select * into target from private.record_kinds where kind = p_target_kind;
    if k.kind is null or target.kind is null then
        raise exception 'reference %.% -> %: declare both kinds first', p_kind, p_column, p_target_kind;
    end if;
    select attnum into col from pg_attribute
    where attrelid = k.table_name and attname = p_column and not attisdropped
      and atttypid in ('bigint'::regtype, 'integer'::regtype);
    if col is null then
        raise exception 'reference %.%: no integer column % in %', p_kind, p_column, p_column, k.table_name;
    end if;
    insert into private.kind_references (kind, column_name, target_kind)
    values (p_kind, p_column, p_target_kind)
    on conflict (kind, column_name) do update set target_kind = excluded.target_kind;
    fn := left('check_reference_' || (select relname from pg_class where oid = k.table_name) || '_' || p_column, 63);
    execute format($f$create or replace function private.%1$I() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $body$
begin
    -- written by private.declare_reference(%2$L, %3$L, %4$L): the writer must see the record
    if new.%3$I is null or tg_op = 'UPDATE' and new.%3$I is not distinct from old.%3$I then
        return new;
    end if;
    if not exists (select 1 from %5$s t where t.id = new.%3$I) then
        raise exception 'referenced record not found' using errcode = 'P0002';
    end if;
    return new;
end
$body$
$f$, fn, p_kind, p_column, p_target_kind, target.table_name);
    execute format('alter function private.%I() owner to salesdesk_owner', fn);
    execute format('revoke all on function private.%I() from public', fn);
    execute format('drop trigger if exists %I on %s', 'check_reference_' || p_column, k.table_name);
    execute format('create trigger %I before insert or update of %I on %s for each row '
                   'execute function private.%I()',
                   'check_reference_' || p_column, p_column, k.table_name, fn);
    if not exists (select 1 from pg_index i where i.indrelid = k.table_name and i.indkey[0] = col) then
        execute format('create index %I on %s (%I)',
                       (select relname from pg_class where oid = k.table_name) || '_' || p_column || '_idx',
                       k.table_name, p_column);
    end if;
end
$proc$;
alter procedure private.declare_reference(text, text, text) owner to salesdesk_owner;

do $$
declare
    r record;
begin
    for r in select kind, column_name, target_kind from private.kind_references order by kind, column_name loop
        call private.declare_reference(r.kind, r.column_name, r.target_kind);
    end loop;
end
$$;
drop function private.check_reference();
