-- private.pinyin_tokens, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0013_picklists_pinyin.sql

CREATE OR REPLACE FUNCTION private.pinyin_tokens(p_text text, p_person boolean DEFAULT false)
 RETURNS text[]
 LANGUAGE plpgsql
 IMMUTABLE PARALLEL SAFE STRICT SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    t text := lower(normalize(p_text, nfkc));
    r record;
begin
    if t !~ '[^\x01-\x7f]' then  -- ASCII only: nothing to look up
        return array(select m[1] from regexp_matches(t, '[a-z0-9]+', 'g') m);
    end if;
    if p_person then
        select p.phrase, p.syllables into r from private.pinyin_phrase p
        where p.usage = 'surname' and p.head = left(t, 1) and starts_with(t, p.phrase)
        order by length(p.phrase) desc limit 1;
        if found then
            t := ' ' || r.syllables || ' ' || substr(t, length(r.phrase) + 1);
        end if;
    end if;
    for r in select p.phrase, p.syllables from private.pinyin_phrase p
             where p.usage <> 'surname' and p.head = any (string_to_array(t, null))
               and strpos(t, p.phrase) > 0
             order by length(p.phrase) desc, p.phrase loop
        t := replace(t, r.phrase, ' ' || r.syllables || ' ');
    end loop;
    return array(
        select coalesce(p.syllable, m.tok[1])
        from regexp_matches(t, '[a-z0-9]+|[^\x01-\x7f]', 'g') with ordinality m (tok, n)
        left join private.pinyin p
            on p.ch = (case when ascii(m.tok[1]) > 127 then m.tok[1] end) collate "C"
        where ascii(m.tok[1]) < 128 or p.syllable is not null or m.tok[1] ~ '[[:alnum:]]'
        order by m.n);
end
$function$;
alter function private.pinyin_tokens(p_text text, p_person boolean) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
