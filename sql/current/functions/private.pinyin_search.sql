-- private.pinyin_search, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION private.pinyin_search(p_text text, p_person boolean DEFAULT false)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select case when bool_or(x ~ '^[a-z]+[1-5]$') then
               string_agg(regexp_replace(x, '^([a-z]+)[1-5]$', '\1'), '' order by n) || E'\x1f'
               || string_agg(case when x ~ '^[a-z]+[1-5]$' then left(x, 1) else x end, '' order by n) end
    from unnest(private.pinyin_tokens(p_text, p_person)) with ordinality u (x, n)
$function$;
alter function private.pinyin_search(p_text text, p_person boolean) owner to salesdesk_owner;
grant execute on function private.pinyin_search(p_text text, p_person boolean) to salesdesk_api;
