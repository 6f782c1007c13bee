-- private.declare_across_parents, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0042_money_lists.sql

CREATE OR REPLACE PROCEDURE private.declare_across_parents(IN p_kind text, IN p_filters text[] DEFAULT '{}'::text[])
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
begin
    update private.record_kinds
    set across_parents = true,
        filters = filters || array(select f from unnest(p_filters) f where not f = any (filters))
    where kind = p_kind and parent_kind is not null;
    if not found then
        raise exception 'kind %: only a declared child kind is listed across its parents', p_kind;
    end if;
    call private.index_sorts(p_kind);
end
$procedure$;
alter procedure private.declare_across_parents(IN p_kind text, IN p_filters text[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
