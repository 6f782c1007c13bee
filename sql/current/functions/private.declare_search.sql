-- private.declare_search, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0017_list_machinery.sql

CREATE OR REPLACE PROCEDURE private.declare_search(IN p_kind text, IN p_name text, IN p_text text[] DEFAULT NULL::text[], IN p_digits text[] DEFAULT '{}'::text[], IN p_pinyin text[] DEFAULT NULL::text[], IN p_derive regproc DEFAULT NULL::regproc)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    k private.record_kinds := private.kind(p_kind);
    spec jsonb := jsonb_build_object('name', p_name, 'text', to_jsonb(coalesce(p_text, array[p_name])),
                                     'digits', to_jsonb(coalesce(p_digits, '{}')),
                                     'pinyin', to_jsonb(coalesce(p_pinyin, array[p_name])),
                                     'derive', coalesce(p_derive::text, 'private.search_derive'));
    added boolean;
    col text;
begin
    if k.parent_kind is not null then
        raise exception 'kind %: a child kind is searched with its parent', p_kind;
    end if;
    for col in select distinct c from jsonb_array_elements_text((spec -> 'text') || (spec -> 'digits')
                                                                || (spec -> 'pinyin') || jsonb_build_array(p_name)) c loop
        if not exists (select 1 from pg_attribute a where a.attrelid = k.table_name and a.attname = col
                       and a.attnum > 0 and not a.attisdropped) then
            raise exception 'kind %: no column % to search', p_kind, col;
        end if;
    end loop;
    added := not exists (select 1 from pg_attribute a where a.attrelid = k.table_name and a.attname = 'name_sort'
                         and not a.attisdropped);
    execute format('alter table %s add column if not exists name_sort text collate "C" not null default '''', '
                   'add column if not exists search_text text, add column if not exists search_grams text[]',
                   k.table_name);
    if p_derive is null then
        execute format('drop trigger if exists derive on %s', k.table_name);
        execute format('create trigger derive before insert or update on %s for each row '
                       'execute function private.search_derive(%L)', k.table_name, spec::text);
    end if;
    if not exists (select 1 from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
                   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                   where i.indrelid = k.table_name and am.amname = 'gin' and a.attname = 'search_grams') then
        execute format('create index on %s using gin (search_grams)', k.table_name);
    end if;
    update private.record_kinds r
    set search = true, search_spec = spec,
        sorts = r.sorts || jsonb_build_object('name', 'name_sort'),
        derived = r.derived || array(select c from unnest(array['name_sort', 'search_text', 'search_grams']) c
                                     where not c = any (r.derived))
    where r.kind = p_kind;
    call private.redeclare_kind(p_kind);
    if added then
        execute format('alter table %s disable trigger user', k.table_name);
        execute format('alter table %s enable trigger derive', k.table_name);
        execute format('update %s set %I = %I', k.table_name, p_name, p_name);
        execute format('alter table %s enable trigger user', k.table_name);
    end if;
end
$procedure$;
alter procedure private.declare_search(IN p_kind text, IN p_name text, IN p_text text[], IN p_digits text[], IN p_pinyin text[], IN p_derive regproc) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
