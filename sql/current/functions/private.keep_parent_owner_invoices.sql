-- private.keep_parent_owner_invoices, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION private.keep_parent_owner_invoices()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
                      begin
                          new.parent_owner_id := (select p.owner_id from sales.contracts p where p.id = new.contract_id);
                          return new;
                      end $function$;
alter function private.keep_parent_owner_invoices() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
