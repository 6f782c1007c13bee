-- private.search_derive, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0017_list_machinery.sql, 0020_pipeline_links.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.search_derive()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    spec jsonb := tg_argv[0]::jsonb;
    r jsonb := to_jsonb(new);
begin
    -- 200 characters: their pinyin key stays below a btree entry's 2,704 bytes; rows alike that
    -- far are ordered by id
    new.name_sort := coalesce(private.pinyin_key(left(r ->> (spec ->> 'name'), 200)), '');
    new.search_text := private.search_text_of(r, spec);
    new.search_grams := private.search_grams(new.search_text);
    return new;
end
$function$;
alter function private.search_derive() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
