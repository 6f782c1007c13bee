-- private.bind_caller_sets, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0009_list_speed.sql, 0065_child_checks_unestimated.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.bind_caller_sets(p_check text, p_kind text)
 RETURNS text
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    s text := p_check;
begin
    s := replace(s, '(select private.sees_all())', '$10');
    s := replace(s, '((select private.visible_owner_ids())::bigint[])', '($11)');
    s := replace(s, '((select private.visible_pool_ids())::bigint[])', '($12)');
    s := replace(s, format('((select private.shared_record_ids(%L))::bigint[])', p_kind), '($13)');
    s := replace(s, format('((select private.shared_record_ids(%L, true))::bigint[])', p_kind), '($14)');
    s := replace(s, '((select private.managed_owner_ids())::bigint[])', '($15)');
    s := replace(s, '((select private.managed_pool_ids())::bigint[])', '($16)');
    if s ~ 'private\.' then
        return p_check;
    end if;
    if p_check like 'coalesce((select true from %' then  -- a child's row test over its parent
        s := regexp_replace(s, '([a-z_]+) = any \((\$1[1-6])\)', 'coalesce(\1 = any (\2), false)', 'g');
    end if;
    return s;
end
$function$;
alter function private.bind_caller_sets(p_check text, p_kind text) owner to salesdesk_owner;
grant execute on function private.bind_caller_sets(p_check text, p_kind text) to salesdesk_api;
