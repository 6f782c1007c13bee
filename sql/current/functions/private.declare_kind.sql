-- private.declare_kind, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0004_hard_shell.sql, 0017_list_machinery.sql (the current text comes from the last)

CREATE OR REPLACE PROCEDURE private.declare_kind(IN p_kind text, IN p_table regclass, IN p_view_name text, IN p_owner_column text DEFAULT NULL::text, IN p_pool_column text DEFAULT NULL::text, IN p_parent_kind text DEFAULT NULL::text, IN p_parent_column text DEFAULT NULL::text, IN p_shares boolean DEFAULT false, IN p_archivable boolean DEFAULT false, IN p_deletable boolean DEFAULT false, IN p_insertable text[] DEFAULT '{}'::text[], IN p_writable text[] DEFAULT '{}'::text[], IN p_derived text[] DEFAULT '{}'::text[], IN p_sorts jsonb DEFAULT '{}'::jsonb, IN p_filters text[] DEFAULT '{}'::text[], IN p_search boolean DEFAULT false)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    k private.record_kinds;
    checks record;
    pol record;
    cols text[];
begin
    if (p_parent_kind is null) = (p_owner_column is null) then
        raise exception 'kind %: give an owner column or a parent kind', p_kind;
    end if;
    insert into private.record_kinds (kind, table_name, parent_kind, parent_column, owner_column,
                                      pool_column, shares, archivable, deletable, insertable,
                                      writable, derived, sorts, filters, search, view_name)
    values (p_kind, p_table, p_parent_kind, p_parent_column, p_owner_column, p_pool_column,
            p_shares, p_archivable, p_deletable, p_insertable, p_writable, p_derived, p_sorts,
            p_filters, p_search, p_view_name)
    on conflict (kind) do update set
        table_name = excluded.table_name, parent_kind = excluded.parent_kind,
        parent_column = excluded.parent_column, owner_column = excluded.owner_column,
        pool_column = excluded.pool_column, shares = excluded.shares,
        archivable = excluded.archivable, deletable = excluded.deletable,
        insertable = excluded.insertable, writable = excluded.writable, derived = excluded.derived,
        sorts = excluded.sorts, filters = excluded.filters, search = excluded.search,
        view_name = excluded.view_name;
    select * into k from private.record_kinds where kind = p_kind;
    checks := private.kind_checks(k);
    update private.record_kinds
    set read_check = checks.read_check, write_check = checks.write_check,
        hand_on_check = checks.hand_on_check
    where kind = p_kind;

    call private.protect_table(p_table, p_audit_kind => p_kind, p_derived => p_derived);

    -- policies: exactly these, one per command, for the API role
    for pol in select polname from pg_policy where polrelid = p_table loop
        execute format('drop policy %I on %s', pol.polname, p_table);
    end loop;
    execute format('create policy %I on %s for select to salesdesk_api using (%s)',
                   'the API reads ' || p_kind || ' rows the caller may see', p_table, checks.read_check);
    execute format('create policy %I on %s for insert to salesdesk_api with check (%s)',
                   'the API adds ' || p_kind || ' rows the caller may write', p_table,
                   checks.write_check);
    execute format('create policy %I on %s for update to salesdesk_api using (%s) with check (%s)',
                   'the API changes ' || p_kind || ' rows the caller may write', p_table,
                   checks.write_check, checks.write_check);
    if p_deletable then
        execute format('create policy %I on %s for delete to salesdesk_api using (%s)',
                       'the API removes ' || p_kind || ' rows the caller may write', p_table,
                       checks.write_check);
    end if;

    -- grants: the API role reads the table and writes the declared columns; owner, pool and
    -- the parent change only through the definer functions that apply the hand-on rule
    execute format('revoke all on %s from public, salesdesk_user, salesdesk_api', p_table);
    execute format('grant select on %s to salesdesk_api', p_table);
    cols := array(select distinct c from unnest(p_insertable || p_writable
                                                 || array[p_owner_column, p_pool_column]) c
                  where c is not null);
    if cardinality(cols) > 0 then
        execute format('grant insert (%s) on %s to salesdesk_api',
                       (select string_agg(quote_ident(c), ', ') from unnest(cols) c), p_table);
    end if;
    cols := p_writable || case when p_archivable then array['archived_at'] else '{}' end;
    if cardinality(cols) > 0 then
        execute format('grant update (%s) on %s to salesdesk_api',
                       (select string_agg(quote_ident(c), ', ') from unnest(cols) c), p_table);
    end if;
    if p_deletable then
        execute format('grant delete on %s to salesdesk_api', p_table);
    end if;

    -- every declared sort is index-backed, for every way a list reads it
    call private.index_sorts(p_kind);

    call private.apply_log_policies();
end
$procedure$;
alter procedure private.declare_kind(IN p_kind text, IN p_table regclass, IN p_view_name text, IN p_owner_column text, IN p_pool_column text, IN p_parent_kind text, IN p_parent_column text, IN p_shares boolean, IN p_archivable boolean, IN p_deletable boolean, IN p_insertable text[], IN p_writable text[], IN p_derived text[], IN p_sorts jsonb, IN p_filters text[], IN p_search boolean) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
