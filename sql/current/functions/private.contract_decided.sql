-- private.contract_decided, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_decided(p_request_id bigint, p_record_id bigint, p_state text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    c sales.contracts := private.contract_locked(p_record_id);
begin
    if exists (select 1 from sales.contract_amendments a where a.contract_id = c.id and a.status = 'submitted') then
        if p_state = 'approved' then
            perform private.contract_amendment_apply(c.id, p_request_id);
        else
            perform private.contract_amendment_set(c.id, '{submitted}',
                                                   case p_state when 'rejected' then 'rejected' else 'draft' end);
        end if;
    elsif c.status = 'submitted' then
        if p_state = 'approved' then
            perform private.contract_approve(c.id, p_request_id);
        else
            perform private.contract_set_status(c.id, case p_state when 'rejected' then 'rejected' else 'draft' end);
        end if;
    end if;
end
$function$;
alter function private.contract_decided(p_request_id bigint, p_record_id bigint, p_state text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
