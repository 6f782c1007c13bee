-- private.search_text_of, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0017_list_machinery.sql

CREATE OR REPLACE FUNCTION private.search_text_of(p_row jsonb, p_spec jsonb)
 RETURNS text
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select concat_ws(E'\x1f', variadic array(
        select v from (
            select 1 as part, o, private.search_norm(p_row ->> c) as v
            from jsonb_array_elements_text(p_spec -> 'text') with ordinality t(c, o)
            union all
            select 2, o, private.search_digits(p_row ->> c)
            from jsonb_array_elements_text(p_spec -> 'digits') with ordinality t(c, o)
            union all
            select 3, o, private.pinyin_search(p_row ->> c)
            from jsonb_array_elements_text(p_spec -> 'pinyin') with ordinality t(c, o)) x
        order by part, o))
$function$;
alter function private.search_text_of(p_row jsonb, p_spec jsonb) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
