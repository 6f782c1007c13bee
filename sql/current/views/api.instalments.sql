-- api.instalments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api

create view api.instalments as
 SELECT id,
    contract_id,
    due_on,
    amount,
    note,
    plan_version,
    updated_at,
    version
   FROM api.instalment_rows() instalment_rows(id, contract_id, due_on, amount, note, plan_version, updated_at, version);
alter view api.instalments owner to salesdesk_api;
grant select on table api.instalments to salesdesk_user;
