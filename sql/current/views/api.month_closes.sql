-- api.month_closes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api

create view api.month_closes as
 SELECT id,
    owner_id,
    owner_name,
    node_kind,
    node_id,
    month,
    closed_at,
    note,
    created_at,
    updated_at,
    archived_at,
    version
   FROM api.month_close_rows() month_close_rows(id, owner_id, owner_name, node_kind, node_id, month, closed_at, note, created_at, updated_at, archived_at, version);
alter view api.month_closes owner to salesdesk_api;
grant select on table api.month_closes to salesdesk_user;
