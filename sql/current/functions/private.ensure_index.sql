-- private.ensure_index, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0017_list_machinery.sql

CREATE OR REPLACE PROCEDURE private.ensure_index(IN p_table regclass, IN p_columns text[], IN p_where text DEFAULT NULL::text)
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    attnums int2[] := array(select a.attnum from unnest(p_columns) with ordinality u(c, o)
                            join pg_attribute a on a.attrelid = p_table and a.attname = u.c and not a.attisdropped
                            order by u.o);
begin
    if cardinality(attnums) <> cardinality(p_columns) then
        raise exception 'table % has no column among %', p_table, p_columns;
    end if;
    if exists (select 1 from pg_index i join pg_class c on c.oid = i.indexrelid
               join pg_am am on am.oid = c.relam
               where i.indrelid = p_table and am.amname = 'btree' and i.indexprs is null
                 and i.indnkeyatts = cardinality(attnums)
                 and string_to_array(i.indkey::text, ' ')::int2[] = attnums
                 and (i.indpred is null or p_where is not null)) then
        return;
    end if;
    execute format('create index on %s (%s)%s', p_table,
                   (select string_agg(quote_ident(c), ', ') from unnest(p_columns) c),
                   coalesce(' where ' || p_where, ''));
end
$procedure$;
alter procedure private.ensure_index(IN p_table regclass, IN p_columns text[], IN p_where text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
