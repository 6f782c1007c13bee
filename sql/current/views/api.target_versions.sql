-- api.target_versions, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api

create view api.target_versions as
 SELECT id,
    owner_id,
    owner_name,
    fiscal_year,
    metric,
    number,
    status,
    reason,
    based_on,
    submitted_at,
    published_at,
    superseded_at,
    created_at,
    updated_at,
    version
   FROM api.target_version_rows() target_version_rows(id, owner_id, owner_name, fiscal_year, metric, number, status, reason, based_on, submitted_at, published_at, superseded_at, created_at, updated_at, version);
alter view api.target_versions owner to salesdesk_api;
grant select on table api.target_versions to salesdesk_user;
