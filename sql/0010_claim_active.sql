-- 0010 claim active records only: an archived pool customer could be claimed by id through the
-- API (the pool page lists active ones only), and came back to its new owner still archived,
-- out of every list. A claim of an archived record is now refused; whoever manages the pool
-- restores it first (the restore is audited like any write).
set local role salesdesk_api;

create or replace function api.record_claim(p_kind text, p_id bigint)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    k private.record_kinds;
    archived boolean;
begin
    perform private.require_employee();
    perform private.hand_on_checked(p_kind, p_id, true);  -- hidden and missing answer alike first
    k := private.kind(p_kind);
    if k.archivable then
        execute format('select archived_at is not null from %s where id = $1', k.table_name)
            into archived using p_id;
        if archived then
            raise exception 'an archived record cannot be claimed' using errcode = '23514';
        end if;
    end if;
    perform private.move_record(p_kind, p_id, 'claim', null, null);
end
$$;
