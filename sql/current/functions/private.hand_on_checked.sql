-- private.hand_on_checked, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql, 0011_duplicate_check.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.hand_on_checked(p_kind text, p_id bigint, p_claim boolean)
 RETURNS void
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    r record;
begin
    if (private.kind(p_kind)).parent_kind is not null then
        raise exception 'records of this kind go with their parent' using errcode = 'SD005';
    end if;
    r := private.record_rights(p_kind, p_id);
    if not r.visible then
        raise exception 'record not found' using errcode = 'P0002';
    elsif not p_claim and not r.can_manage then
        raise exception 'not yours to hand on' using errcode = 'SD004';
    end if;
end
$function$;
alter function private.hand_on_checked(p_kind text, p_id bigint, p_claim boolean) owner to salesdesk_owner;
grant execute on function private.hand_on_checked(p_kind text, p_id bigint, p_claim boolean) to salesdesk_api;
