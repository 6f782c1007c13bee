-- The API's own cost per call: caller sets and rights computed once.
--
-- A list page computed the caller's routed set (shares, deal teams, reach, routes: for a
-- salesperson's customers or follow-ups 0.5-2 ms each time) four or five times in one call: for the
-- filter, for the rights' write set, under RLS for the page statement, for the display columns and
-- for the contacts' policy (through the customers' one). Each of those is a separate statement, so
-- PostgreSQL's own once-per-statement InitPlan cannot share it; and the pools the caller sees
-- re-read the caller's pool units once per pool row.
--
-- 1. private.shared_record_ids keeps the set it computed for the rest of the client's statement
--    in a transaction-local setting, sealed, and hands it back instead of computing it again. The
--    set is a function of the data the statement sees, who is signed in and the statement's time
--    (shares expire by statement_timestamp()), so that is what it is kept under: the session user,
--    the kind, read or write, statement_timestamp() and the statement's snapshot
--    (pg_current_snapshot(): any transaction committing in between changes it). A transaction that
--    has written anything (an xid is assigned) neither keeps nor reuses a set: its own changes,
--    even ones rolled back to a savepoint since, are not in the snapshot's text. The caller can
--    read and set the setting (set_config is every role's), so the value carries a seal: SHA-256
--    over a secret only the owner role reads (private.caller_sets_secret), the key and the ids; a
--    value whose seal does not match is ignored, and the set is computed afresh.
-- 2. private.visible_pool_ids reads the caller's pool units once, not once per pool.

create table if not exists private.caller_sets_secret (
    secret bytea not null
);
alter table private.caller_sets_secret owner to salesdesk_owner;
revoke all on private.caller_sets_secret from public;
-- no policy: only the owner role (BYPASSRLS, the seal's definer) reads it
alter table private.caller_sets_secret enable row level security;
alter table private.caller_sets_secret force row level security;
insert into private.caller_sets_secret
select decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')
where not exists (select 1 from private.caller_sets_secret);

-- The former private.shared_record_ids, unchanged: what the sealed copy is computed from.
create or replace function private.computed_shared_record_ids(p_kind text, p_write boolean default false)
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
alter function private.computed_shared_record_ids(text, boolean) owner to salesdesk_owner;
revoke all on function private.computed_shared_record_ids(text, boolean) from public;

-- The seal of a kept set: SHA-256 (nested, so that no value can be extended) over the secret, what
-- the set was computed for and the ids.
create or replace function private.caller_sets_seal(p_key text, p_ids text) returns text
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select encode(sha256(s.secret || sha256(s.secret || convert_to(p_key || E'\x1f' || p_ids, 'UTF8'))), 'hex')
    from private.caller_sets_secret s
$$;
alter function private.caller_sets_seal(text, text) owner to salesdesk_owner;
revoke all on function private.caller_sets_seal(text, text) from public;

create or replace function private.shared_record_ids(p_kind text, p_write boolean default false)
    returns bigint[]
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    setting text;
    key text;
    held text;
    seal text;
    ids bigint[];
begin
    if pg_current_xact_id_if_assigned() is not null or p_kind !~ '^[a-z_]+$' then
        return private.computed_shared_record_ids(p_kind, p_write);
    end if;
    setting := 'salesdesk_sets.' || p_kind || case when p_write then '_write' else '_read' end;
    key := concat_ws(E'\x1f', session_user, p_kind, p_write, statement_timestamp(), pg_current_snapshot());
    held := current_setting(setting, true);
    if held like '%|%' then
        seal := split_part(held, '|', 1);
        held := substr(held, length(seal) + 2);
        if seal = private.caller_sets_seal(key, held) then
            return held::bigint[];
        end if;
    end if;
    ids := private.computed_shared_record_ids(p_kind, p_write);
    if cardinality(ids) <= 100000 then  -- (a bigger set is computed again rather than kept as text)
        held := ids::text;
        perform set_config(setting, private.caller_sets_seal(key, held) || '|' || held, true);
    end if;
    return ids;
end
$$;
alter function private.shared_record_ids(text, boolean) owner to salesdesk_owner;
grant execute on function private.shared_record_ids(text, boolean) to salesdesk_api;

create or replace function private.visible_pool_ids() returns bigint[]
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    -- the units as one value (a scalar subquery), not the function called again for each pool
    select coalesce(array_agg(p.id), '{}')
    from sales.customer_pools p
    where p.unit_id = any ((select private.visible_pool_unit_ids())::bigint[])
$$;
