-- private.audit, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql, 0004_hard_shell.sql, 0015_kind_references.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.audit()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds;
    rec jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
    rec_id bigint := (rec ->> 'id')::bigint;
    rk text;
    rid bigint;
    owner bigint;
    subject bigint;
    old_values jsonb;
    new_values jsonb;
    skip text[];
begin
    select * into k from private.record_kinds where kind = tg_argv[0];
    skip := array['updated_at', 'updated_by', 'version'] || k.derived;
    if k.parent_kind is null then
        rk := k.kind;
        rid := rec_id;
        owner := (rec ->> k.owner_column)::bigint;
    else
        -- the parent row is still there when a child is deleted with it (a cascade deletes
        -- children first), and the parent chain is read past RLS
        select r.root_kind, r.root_id into rk, rid
        from private.record_root(k.parent_kind, (rec ->> k.parent_column)::bigint) r;
        owner := private.record_owner(rk, rid);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        old_values := to_jsonb(old) - skip;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        new_values := to_jsonb(new) - skip;
    end if;
    if tg_op = 'UPDATE' then
        select jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, new_values -> o.key)
        into old_values, new_values
        from jsonb_each(old_values) o
        where o.value is distinct from new_values -> o.key;
        if old_values is null then
            return null;  -- nothing but stamps or computed columns changed
        end if;
        if k.parent_kind is null and new_values ? k.owner_column then
            subject := owner;  -- the new owner
        end if;
    end if;
    insert into sales.audit_log (actor_id, kind, record_id, root_kind, root_id, owner_id, op,
                                 old_values, new_values)
    values (private.current_employee_id(), k.kind, rec_id, rk, rid, owner, tg_op,
            old_values, new_values);
    insert into private.changes (kind, record_id, root_kind, root_id, op, subject_id)
    values (k.kind, rec_id, rk, rid, tg_op, subject);
    return null;
end
$function$;
alter function private.audit() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
