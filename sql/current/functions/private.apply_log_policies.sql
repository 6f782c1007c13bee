-- private.apply_log_policies, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0004_hard_shell.sql, 0011_duplicate_check.sql (the current text comes from the last)

CREATE OR REPLACE PROCEDURE private.apply_log_policies()
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $procedure$
declare
    by_root text;
    by_kind text;
begin
    select 'case root_kind ' || coalesce(string_agg(format(
               'when %L then exists (select 1 from %s r where r.id = root_id)', kind, table_name),
               ' ' order by kind), '') || ' else false end',
           'case kind ' || coalesce(string_agg(format(
               'when %L then exists (select 1 from %s r where r.id = record_id)', kind, table_name),
               ' ' order by kind), '') || ' else false end'
    into by_root, by_kind
    from private.record_kinds where parent_kind is null;

    drop policy if exists "the audit log is read within scope" on sales.audit_log;
    drop policy if exists "audit entries are read while their record is" on sales.audit_log;
    -- ... except an entry about a share (who got it, until when): it is read by whoever would see
    -- the share itself, its recipient or whoever may hand the record on (else a read-share
    -- recipient, or a peer of the owner, read through the audit the shares api.record_shares hides)
    execute format('create policy "audit entries are read while their record is" on sales.audit_log '
                   'for select to salesdesk_api using ((%s) and (kind <> ''share'' '
                   'or (select private.current_employee_id()) in ((old_values ->> ''employee_id'')::bigint, '
                   '(new_values ->> ''employee_id'')::bigint) '
                   'or (select private.may_hand_on(h.owner_id, h.pool_id) '
                   'from private.record_holder(root_kind, root_id) h)))', by_root);
    drop policy if exists "ownership history is read within scope" on sales.ownership_history;
    drop policy if exists "ownership history is read while its record is" on sales.ownership_history;
    execute format('create policy "ownership history is read while its record is" '
                   'on sales.ownership_history for select to salesdesk_api using (%s)', by_kind);
    drop policy if exists "changes are read while their record is, or by their subject"
        on private.changes;
    execute format('create policy "changes are read while their record is, or by their subject" '
                   'on private.changes for select to salesdesk_api '
                   'using (subject_id = (select private.current_employee_id()) or ((%s) and (kind <> ''share'' '
                   'or (select private.may_hand_on(h.owner_id, h.pool_id) '
                   'from private.record_holder(root_kind, root_id) h))))', by_root);
end
$procedure$;
alter procedure private.apply_log_policies() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
