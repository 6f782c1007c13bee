-- private.pinyin_key_of, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION private.pinyin_key_of(p_tokens text[], p_text text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select case when p_text is null then null when p_text = '' then ''
                else case when cardinality(p_tokens) = 0 then '' else array_to_string(p_tokens, ' ') || ' ' end
                     || '!' || p_text end
$function$;
alter function private.pinyin_key_of(p_tokens text[], p_text text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
