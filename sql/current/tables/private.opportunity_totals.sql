-- private.opportunity_totals, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0021_pipeline_speed.sql

create table private.opportunity_totals (
    owner_id bigint not null,
    stage_id bigint not null,
    archived boolean not null,
    deals bigint not null,
    amount numeric not null,
    weighted_amount numeric not null,
    constraint opportunity_totals_pkey PRIMARY KEY (owner_id, stage_id, archived)
);
alter table private.opportunity_totals owner to salesdesk_owner;
grant select on table private.opportunity_totals to salesdesk_api;

alter table private.opportunity_totals enable row level security;
alter table private.opportunity_totals force row level security;

-- Written in: 0021_pipeline_speed.sql
create policy "the API reads the totals of owners the caller sees" on private.opportunity_totals
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR owner_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)));
