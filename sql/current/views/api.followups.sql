-- api.followups, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0019_leads_followups.sql

create view api.followups as
 SELECT id,
    owner_id,
    owner_name,
    customer_id,
    customer_name,
    contact_id,
    contact_name,
    opportunity_id,
    kind,
    happened_at,
    summary,
    outcome,
    next_followup_on,
    satisfaction,
    created_at,
    updated_at,
    archived_at,
    version
   FROM api.followup_rows() followup_rows(id, owner_id, owner_name, customer_id, customer_name, contact_id, contact_name, opportunity_id, kind, happened_at, summary, outcome, next_followup_on, satisfaction, created_at, updated_at, archived_at, version);
alter view api.followups owner to salesdesk_api;
grant select on table api.followups to salesdesk_user;
