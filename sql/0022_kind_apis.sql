-- Leads and follow-ups on the generic kind API (declare_api), fewer hand-written lines per kind.
--
-- 1. private.declare_api grows what the hand-written APIs of leads and follow-ups needed (0019):
--    p_list (the list's columns: a subset of the rows' columns, in the rows' order; all without),
--    p_sort / p_descending (the list's default order: follow-ups are newest first) and p_get
--    (api.<kind>_get(id): one record's row with the caller's rights and access on it, as a list
--    line carries them). Kinds declared before keep their functions: customers and deals have a
--    wider hand-written detail read (api.customer_get, api.opportunity_get) and do not ask for one.
-- 2. Leads and follow-ups declared on it, with 0019's signatures and results (tests/test_kind_apis.py
--    compares them with 0019's definitions on the same data for every login), and a `_get` each.
set local role salesdesk_owner;

drop procedure if exists private.declare_api(text, text, text, text, text);

-- From one select list over the kind's table (alias p_alias) and its joins, writes
-- api.<kind>_rows(ids) (the rows in the ids' order; all of them in p_order without), the read view
-- api.<view> over the rows, api.<kind>_list(query, sort, descending, after, limit) (a page of
-- private.list_page joined to the rows: the p_list columns, or all, with the rights and the cursor)
-- and with p_get api.<kind>_get(id). Names and types are read off a probe view of the select list.
create or replace procedure private.declare_api(p_kind text, p_alias text, p_columns text,
                                                p_joins text default '', p_order text default null,
                                                p_list text[] default null, p_sort text default null,
                                                p_descending boolean default false,
                                                p_get boolean default false)
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $proc$
declare
    k private.record_kinds := private.kind(p_kind);
    base text := format('%s %I %s', k.table_name, p_alias, p_joins);
    cols text;
    names text;
    list_cols text;
    list_names text;
    unknown text;
    access text;
    default_sort text := coalesce(p_sort, case when k.sorts ? 'name' then 'name'
                                               else (select min(s) from jsonb_object_keys(k.sorts) s) end);
begin
    execute format('create view private.declare_api_probe as select %s from %s', p_columns, base);
    select string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' order by a.attnum),
           string_agg(format('r.%I', a.attname), ', ' order by a.attnum),
           string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' order by a.attnum)
               filter (where p_list is null or a.attname = any (p_list)),
           string_agg(format('r.%I', a.attname), ', ' order by a.attnum)
               filter (where p_list is null or a.attname = any (p_list))
    into cols, names, list_cols, list_names
    from pg_attribute a where a.attrelid = 'private.declare_api_probe'::regclass and a.attnum > 0;
    select string_agg(c, ', ') into unknown from unnest(p_list) c
    where not exists (select from pg_attribute a where a.attrelid = 'private.declare_api_probe'::regclass
                      and a.attnum > 0 and a.attname = c);
    drop view private.declare_api_probe;
    if unknown is not null then
        raise exception 'declare_api: the list names columns the rows lack: %', unknown;
    end if;

    execute format($f$
        create or replace function api.%1$I(p_ids bigint[] default null) returns table (%2$s)
            language plpgsql stable security definer
            set search_path = pg_catalog, pg_temp
        as $b$
        begin
            perform private.require_employee();
            -- two statements, not `p_ids is null or id = any (p_ids)`: that OR would scan every row
            if p_ids is null then
                return query select %3$s from %4$s order by %5$s;
            else
                return query select %3$s from unnest(p_ids) with ordinality x(id, n)
                                 join %6$s %7$I on %7$I.id = x.id %8$s
                             order by x.n;
            end if;
        end
        $b$$f$, p_kind || '_rows', cols, p_columns, base, coalesce(p_order, format('%I.id', p_alias)),
        k.table_name, p_alias, p_joins);
    execute format('alter function api.%I(bigint[]) owner to salesdesk_api', p_kind || '_rows');
    execute format('revoke all on function api.%I(bigint[]) from public', p_kind || '_rows');
    execute format('grant execute on function api.%I(bigint[]) to salesdesk_user', p_kind || '_rows');

    execute format($f$
        create or replace function api.%1$I(p_query jsonb default '{}', p_sort text default %2$L,
                                            p_descending boolean default %7$L, p_after text default null,
                                            p_limit integer default 50)
            returns table (%3$s, can_edit boolean, can_manage boolean, access text, cursor text)
            language plpgsql stable security definer
            set search_path = pg_catalog, pg_temp
        as $b$
        begin
            perform private.require_employee();
            return query
                with page as materialized (
                    select l.*, row_number() over () as n
                    from private.list_page(%4$L, p_query, p_sort, p_descending, p_after, p_limit) l)
                select %5$s, page.can_edit, page.can_manage, page.access, page.cursor
                from page join api.%6$I(array(select page.id from page order by page.n)) r on r.id = page.id
                order by page.n;
        exception when data_exception then
            raise exception 'not a valid query' using errcode = 'SD005';
        end
        $b$$f$, p_kind || '_list', default_sort, list_cols, p_kind, list_names, p_kind || '_rows',
        p_descending);
    execute format('alter function api.%I(jsonb, text, boolean, text, integer) owner to salesdesk_api',
                   p_kind || '_list');
    execute format('revoke all on function api.%I(jsonb, text, boolean, text, integer) from public',
                   p_kind || '_list');
    execute format('grant execute on function api.%I(jsonb, text, boolean, text, integer) to salesdesk_user',
                   p_kind || '_list');

    if p_get then
        -- the access words of a list line (private.list_page): owner, scope, pool, write, read
        access := case when k.parent_kind is not null then 'null::text' else
            format('case when t.%1$I = private.current_employee_id() then ''owner'' '
                   'when private.sees_all() or t.%1$I = any (private.visible_owner_ids()) then ''scope'' ',
                   k.owner_column)
            || case when k.pool_column is not null then format('when t.%I is null then ''pool'' ', k.owner_column)
                    else '' end
            || case when k.shares then format('when t.id = any (private.shared_record_ids(%L, true)) '
                                              'then ''write'' else ''read'' ', p_kind) else '' end
            || 'end' end;
        execute format($f$
            create or replace function api.%1$I(p_id bigint)
                returns table (%2$s, can_edit boolean, can_manage boolean, access text)
                language plpgsql stable security definer
                set search_path = pg_catalog, pg_temp
            as $b$
            begin
                perform private.require_employee();
                return query
                    select %3$s, x.can_edit, x.can_manage, %4$s
                    from api.%5$I(array[p_id]) r
                        join %6$s t on t.id = r.id
                        cross join lateral private.record_rights(%7$L, r.id) x;
            end
            $b$$f$, p_kind || '_get', cols, names, access, p_kind || '_rows', k.table_name, p_kind);
        execute format('alter function api.%I(bigint) owner to salesdesk_api', p_kind || '_get');
        execute format('revoke all on function api.%I(bigint) from public', p_kind || '_get');
        execute format('grant execute on function api.%I(bigint) to salesdesk_user', p_kind || '_get');
    end if;

    if k.view_name is not null then
        execute format('create or replace view api.%I as select %s from api.%I()', k.view_name,
                       replace(names, 'r.', ''), p_kind || '_rows');
        execute format('alter view api.%I owner to salesdesk_api', k.view_name);
        execute format('grant select on api.%I to salesdesk_user', k.view_name);
    end if;
end
$proc$;
revoke all on procedure private.declare_api(text, text, text, text, text, text[], text, boolean, boolean)
    from public;

-- as the migration's superuser: the functions it writes belong to salesdesk_api
reset role;

-- A lead's rows: the converted customer's name is NULL when it is out of the reader's sight (RLS).
call private.declare_api('lead', 'l',
    'l.id, l.company_name, l.contact_name, l.phone, l.mobile, l.email, l.source, l.notes, l.status,
     l.disqualify_reason, l.converted_customer_id, c.name as converted_customer_name,
     l.converted_contact_id, l.converted_opportunity_id, l.converted_at, cb.name as converted_by_name,
     l.owner_id, o.name as owner_name, l.pool_id, p.name as pool_name, u.id as unit_id,
     u.name as unit_name, l.created_at, l.updated_at, l.archived_at, l.version',
    'left join sales.customers c on c.id = l.converted_customer_id
     left join sales.employees cb on cb.id = l.converted_by
     left join sales.employees o on o.id = l.owner_id
     left join sales.customer_pools p on p.id = l.pool_id
     left join sales.org_units u on u.id = coalesce(o.unit_id, p.unit_id)',
    'l.name_sort, l.id',
    p_list => array['id', 'company_name', 'contact_name', 'phone', 'mobile', 'source', 'status', 'owner_id',
                    'owner_name', 'pool_id', 'pool_name', 'unit_name', 'created_at', 'updated_at',
                    'archived_at', 'version'],
    p_get => true);

-- A follow-up's rows: the customer's name is NULL when the customer is out of the reader's sight.
call private.declare_api('followup', 'f',
    'f.id, f.owner_id, o.name as owner_name, f.customer_id, c.name as customer_name, f.contact_id,
     k.name as contact_name, f.opportunity_id, f.kind, f.happened_at, f.summary, f.outcome,
     f.next_followup_on, f.satisfaction, f.created_at, f.updated_at, f.archived_at, f.version',
    'left join sales.employees o on o.id = f.owner_id
     left join sales.customers c on c.id = f.customer_id
     left join sales.contacts k on k.id = f.contact_id',
    'f.happened_at desc, f.id desc',
    p_list => array['id', 'owner_id', 'owner_name', 'customer_id', 'customer_name', 'contact_id',
                    'contact_name', 'kind', 'happened_at', 'summary', 'outcome', 'next_followup_on',
                    'satisfaction', 'updated_at', 'archived_at', 'version'],
    p_sort => 'happened_at', p_descending => true, p_get => true);
