-- private.customer_search_text, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0005_search.sql, 0013_picklists_pinyin.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.customer_search_text(p_id bigint, p_name text, p_short_name text, p_phone text)
 RETURNS text
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET enable_seqscan TO 'off'
AS $function$
    select concat_ws(E'\x1f', private.search_norm(p_name), private.search_norm(p_short_name),
                     private.search_digits(p_phone),
                     (select string_agg(concat_ws(E'\x1f', private.search_norm(c.name),
                                                  private.search_digits(c.mobile),
                                                  private.search_digits(c.phone)), E'\x1f' order by c.id)
                      from sales.contacts c where c.customer_id = p_id),
                     private.pinyin_search(p_name), private.pinyin_search(p_short_name))
$function$;
alter function private.customer_search_text(p_id bigint, p_name text, p_short_name text, p_phone text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
