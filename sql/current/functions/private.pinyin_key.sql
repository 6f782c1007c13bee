-- private.pinyin_key, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0003_pinyin.sql, 0013_picklists_pinyin.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.pinyin_key(p_text text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select private.pinyin_key_of(private.pinyin_tokens(p_text, false), p_text)
$function$;
alter function private.pinyin_key(p_text text) owner to salesdesk_owner;
grant execute on function private.pinyin_key(p_text text) to salesdesk_api;
