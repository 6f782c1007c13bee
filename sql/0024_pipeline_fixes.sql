-- 0024 pipeline fixes (issue 12 §3, §4):
-- 1. A deal changing hands (hand on, reassign, leave) keeps its team: the new owner takes the
--    previous owner's place on it -- role, credit share, access and overlay credit -- so the
--    credit still sums to 100 %; the rest of the team, the stage and the history are untouched.
-- 2. History entries written by SQL carry a code and ids (ownership_history.event, .refs), the
--    client says them in the user's language; `reason` keeps an English line for psql and BI
--    tools. Earlier conversions and claims are given their code here; api.history_events reads
--    the codes with the names the caller may see.
-- 3. The lead pool page filters by pool: `pool_id` is a declared filter of the lead kind.
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- 1. The deal's team follows its owner
-- ---------------------------------------------------------------------------
-- Runs for every path that changes a deal's owner (api.record_transfer, a leave's handover, a
-- move with the customer): one trigger, in the same transaction as the move. A previous owner who
-- was not on the team leaves nothing to take over (the owner is credited 100 % of a team without
-- credit). A new owner already on the team merges the two places: the previous owner's role, the
-- sum of both credit shares, the wider access, the larger overlay credit.
create or replace function private.opportunity_team_follows_owner() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    was sales.opportunity_members;
begin
    select * into was from sales.opportunity_members m
    where m.opportunity_id = new.id and m.employee_id = old.owner_id
    for update;
    if not found then
        return null;
    end if;
    update sales.opportunity_members m
    set role = was.role,
        access = case when 'write' in (m.access, was.access) then 'write' else 'read' end,
        credit_share = m.credit_share + was.credit_share,
        overlay_credit = greatest(m.overlay_credit, was.overlay_credit)
    where m.opportunity_id = new.id and m.employee_id = new.owner_id;
    if found then
        delete from sales.opportunity_members m where m.id = was.id;
    else
        update sales.opportunity_members m set employee_id = new.owner_id where m.id = was.id;
    end if;
    return null;
end
$$;
revoke all on function private.opportunity_team_follows_owner() from public;

drop trigger if exists team_follows_owner on sales.opportunities;
create trigger team_follows_owner after update of owner_id on sales.opportunities
    for each row when (new.owner_id is distinct from old.owner_id and old.owner_id is not null
                       and new.owner_id is not null)
    execute function private.opportunity_team_follows_owner();

-- ---------------------------------------------------------------------------
-- 2. History entries as codes and ids
-- ---------------------------------------------------------------------------
alter table sales.ownership_history add column if not exists event text;
alter table sales.ownership_history add column if not exists refs jsonb;
alter table sales.ownership_history drop constraint if exists ownership_history_event_check;
alter table sales.ownership_history add constraint ownership_history_event_check
    check (event in ('claimed', 'converted_to', 'converted_from'));

-- A claim without a reason of the claimer's is written by private.move_record with its fixed
-- English line: coded here, where every path that writes a claim passes.
create or replace function private.history_event() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if new.event is null and new.reason = 'claimed from pool' and new.from_owner_id is null
       and new.to_owner_id is not null then
        new.event := 'claimed';
    end if;
    return new;
end
$$;
revoke all on function private.history_event() from public;
drop trigger if exists history_event on sales.ownership_history;
create trigger history_event before insert on sales.ownership_history
    for each row execute function private.history_event();

-- the rows written before: claims, and conversions (their ids are the lead's converted_* columns)
update sales.ownership_history set event = 'claimed'
where event is null and reason = 'claimed from pool' and from_owner_id is null and to_owner_id is not null;
update sales.ownership_history h
set event = 'converted_to',
    refs = jsonb_strip_nulls(jsonb_build_object('customer', l.converted_customer_id,
                                                'opportunity', l.converted_opportunity_id))
from sales.leads l
where h.event is null and h.kind = 'lead' and h.record_id = l.id and l.status = 'converted'
  and h.reason like 'converted to customer %';
update sales.ownership_history h
set event = 'converted_from', refs = jsonb_build_object('lead', l.id)
from sales.leads l
where h.event is null and h.reason like 'converted from lead %'
  and ((h.kind = 'customer' and l.converted_customer_id = h.record_id)
       or (h.kind = 'opportunity' and l.converted_opportunity_id = h.record_id));

drop function if exists private.lead_mark_converted(bigint, bigint, bigint, boolean, bigint);
-- Marks a lead converted and files the conversion in the ownership history of the lead, of a new
-- customer and of the deal, as codes and ids (the English reason is for psql and BI tools);
-- called by api.lead_convert after its checks.
create or replace function private.lead_mark_converted(p_lead_id bigint, p_customer_id bigint,
                                                       p_contact_id bigint, p_new_customer boolean,
                                                       p_opportunity_id bigint)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    l sales.leads;
    customer_name text := (select c.name from sales.customers c where c.id = p_customer_id);
    deal_title text := (select o.title from sales.opportunities o where o.id = p_opportunity_id);
begin
    select * into l from sales.leads where id = p_lead_id;
    update sales.leads
    set status = 'converted', converted_customer_id = p_customer_id, converted_contact_id = p_contact_id,
        converted_opportunity_id = p_opportunity_id, converted_at = now(), converted_by = me
    where id = p_lead_id;
    insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id, reason, changed_by,
                                         event, refs)
    values ('lead', p_lead_id, l.owner_id, l.owner_id,
            'converted to customer ' || customer_name || coalesce(' and deal ' || deal_title, ''), me,
            'converted_to', jsonb_strip_nulls(jsonb_build_object('customer', p_customer_id,
                                                                 'opportunity', p_opportunity_id)));
    if p_new_customer then
        insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id, reason, changed_by,
                                             event, refs)
        values ('customer', p_customer_id, null, me, 'converted from lead ' || l.company_name, me,
                'converted_from', jsonb_build_object('lead', p_lead_id));
    end if;
    if p_opportunity_id is not null then
        insert into sales.ownership_history (kind, record_id, from_owner_id, to_owner_id, reason, changed_by,
                                             event, refs)
        values ('opportunity', p_opportunity_id, null, me, 'converted from lead ' || l.company_name, me,
                'converted_from', jsonb_build_object('lead', p_lead_id));
    end if;
end
$$;
revoke all on function private.lead_mark_converted(bigint, bigint, bigint, boolean, bigint) from public;
grant execute on function private.lead_mark_converted(bigint, bigint, bigint, boolean, bigint) to salesdesk_api;

-- ---------------------------------------------------------------------------
-- 3. The lead pool filter
-- ---------------------------------------------------------------------------
update private.record_kinds set filters = filters || array['pool_id']
where kind = 'lead' and not 'pool_id' = any (filters);
call private.redeclare_kind('lead');

-- ---------------------------------------------------------------------------
-- 2 (read). The codes of history entries, with the names the caller may see
-- ---------------------------------------------------------------------------
set local role salesdesk_api;
-- The coded entries among `p_entry_ids` (ownership history rows; the table's policy shows those of
-- records the caller sees). A referenced record out of the caller's sight gives its id and no name.
create or replace function api.history_events(p_entry_ids bigint[])
    returns table (id bigint, event text, lead_id bigint, lead_name text, customer_id bigint,
                   customer_name text, opportunity_id bigint, opportunity_title text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
    set client_min_messages = warning
    set debug_print_parse = off
    set debug_print_plan = off
    set debug_print_rewritten = off
    set trace_notify = off
    set trace_sort = off
as $$
begin
    perform private.require_employee();
    return query
        select h.id, h.event, (h.refs ->> 'lead')::bigint, l.company_name,
               (h.refs ->> 'customer')::bigint, c.name, (h.refs ->> 'opportunity')::bigint, o.title
        from sales.ownership_history h
            left join sales.leads l on l.id = (h.refs ->> 'lead')::bigint
            left join sales.customers c on c.id = (h.refs ->> 'customer')::bigint
            left join sales.opportunities o on o.id = (h.refs ->> 'opportunity')::bigint
        where h.id = any (p_entry_ids[1:500]) and h.event is not null;
end
$$;
reset role;
revoke all on function api.history_events(bigint[]) from public;
grant execute on function api.history_events(bigint[]) to salesdesk_user;
