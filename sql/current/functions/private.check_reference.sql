-- private.check_reference, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0015_kind_references.sql

CREATE OR REPLACE FUNCTION private.check_reference()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    ref bigint := (to_jsonb(new) ->> tg_argv[0])::bigint;
    seen boolean;
begin
    if ref is null or tg_op = 'UPDATE' and ref is not distinct from (to_jsonb(old) ->> tg_argv[0])::bigint then
        return new;
    end if;
    execute format('select exists (select 1 from %s where id = $1)', tg_argv[1]) into seen using ref;
    if not seen then
        raise exception 'referenced record not found' using errcode = 'P0002';
    end if;
    return new;
end
$function$;
alter function private.check_reference() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
