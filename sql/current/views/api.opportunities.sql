-- api.opportunities, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

create view api.opportunities as
 SELECT id,
    title,
    customer_id,
    customer_name,
    amount,
    expected_close_date,
    stage_id,
    stage_name,
    stage_name_en,
    stage_position,
    probability,
    forecast_category,
    outcome,
    source,
    owner_id,
    owner_name,
    unit_id,
    unit_name,
    closed_at,
    updated_at,
    archived_at,
    version
   FROM api.opportunity_rows() opportunity_rows(id, title, customer_id, customer_name, amount, expected_close_date, stage_id, stage_name, stage_name_en, stage_position, probability, forecast_category, outcome, source, owner_id, owner_name, unit_id, unit_name, closed_at, updated_at, archived_at, version);
alter view api.opportunities owner to salesdesk_api;
grant select on table api.opportunities to salesdesk_user;
