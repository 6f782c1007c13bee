-- private.quote_line_guard, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION private.quote_line_guard()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    q record;
begin
    for q in select s.status, s.approval from sales.quotes s
             where s.id in (case when tg_op <> 'INSERT' then old.quote_id end,
                            case when tg_op <> 'DELETE' then new.quote_id end) loop
        if q.status <> 'draft' then
            raise exception 'only a draft quote changes' using errcode = 'SDQ01';
        elsif q.approval = 'pending' then
            raise exception 'the quote is waiting for its discount''s approval' using errcode = 'SDQ02';
        end if;
    end loop;
    return case when tg_op = 'DELETE' then old else new end;
end
$function$;
alter function private.quote_line_guard() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
