-- private.declare_api, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0017_list_machinery.sql, 0022_kind_apis.sql (the current text comes from the last)

CREATE OR REPLACE PROCEDURE private.declare_api(IN p_kind text, IN p_alias text, IN p_columns text, IN p_joins text DEFAULT ''::text, IN p_order text DEFAULT NULL::text, IN p_list text[] DEFAULT NULL::text[], IN p_sort text DEFAULT NULL::text, IN p_descending boolean DEFAULT false, IN p_get boolean DEFAULT false)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
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
$procedure$;
alter procedure private.declare_api(IN p_kind text, IN p_alias text, IN p_columns text, IN p_joins text, IN p_order text, IN p_list text[], IN p_sort text, IN p_descending boolean, IN p_get boolean) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
