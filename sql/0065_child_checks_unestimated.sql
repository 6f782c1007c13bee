-- A child kind's rights in its list are no longer planned element by element (issue 13 §9).
--
-- A list's statement binds the caller's sets into its rows' checks as values
-- (private.bind_caller_sets, 0009): `owner_id = any ($15)` with the owners the caller manages. An
-- owned kind's checks are columns of the page's rows (0054: computed late), which the planner does
-- not estimate. A child kind's checks are a subquery over the parent row (private.kind_checks,
-- 0054), whose condition the planner estimates as any WHERE clause: for a bound array that is one
-- estimate per element. The director manages all 10,000 employees: at full size the planning of
-- the director's payment and invoice pages took 8-9 ms of their 10-14 (execution 1.1-1.5 ms).
--
-- In a child's checks each bound membership test is now wrapped, `coalesce(owner_id = any ($15),
-- false)`: the planner takes a default selectivity for it, and the array stays a value, tested by
-- hashing at run time as before. Inside these row tests null and false are the same (the whole
-- check is coalesced to false), so the rows and rights are unchanged. Measured on the director's
-- payment page at full size: planning 9.5 -> 0.5 ms, execution unchanged. Filters (a list's
-- conditions, which may be index conditions) are bound as before.

set local role salesdesk_owner;

create or replace function private.bind_caller_sets(p_check text, p_kind text) returns text
    language plpgsql immutable set search_path = pg_catalog, pg_temp as $$
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
$$;

reset role;
