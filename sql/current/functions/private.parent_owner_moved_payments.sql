-- private.parent_owner_moved_payments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION private.parent_owner_moved_payments()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
                      begin
                          update sales.payments c set parent_owner_id = n.owner_id
                          from new_rows n join old_rows o on o.id = n.id
                          where c.contract_id = n.id and n.owner_id is distinct from o.owner_id;
                          return null;
                      end $function$;
alter function private.parent_owner_moved_payments() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
