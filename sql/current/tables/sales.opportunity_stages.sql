-- sales.opportunity_stages, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0018_opportunities.sql

create table sales.opportunity_stages (
    id bigint generated always as identity not null,
    process_id bigint not null,
    "position" integer not null,
    code text not null,
    name text not null,
    name_en text not null,
    probability numeric(5,2) not null,
    forecast_category text not null,
    outcome text,
    active boolean default true not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint opportunity_stages_pkey PRIMARY KEY (id),
    constraint opportunity_stages_process_id_code_key UNIQUE (process_id, code),
    constraint opportunity_stages_process_id_position_key UNIQUE (process_id, "position") DEFERRABLE INITIALLY DEFERRED,
    constraint opportunity_stages_code_check CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'::text),
    constraint opportunity_stages_forecast_category_check CHECK (forecast_category = ANY (ARRAY['pipeline'::text, 'best_case'::text, 'commit'::text, 'closed'::text, 'omitted'::text])),
    constraint opportunity_stages_name_check CHECK (btrim(name) = name AND name <> ''::text AND length(name) <= 100),
    constraint opportunity_stages_name_en_check CHECK (btrim(name_en) = name_en AND name_en <> ''::text AND length(name_en) <= 100),
    constraint opportunity_stages_outcome_check CHECK (outcome = ANY (ARRAY['won'::text, 'lost'::text])),
    constraint opportunity_stages_position_check CHECK ("position" >= 1 AND "position" <= 1000),
    constraint opportunity_stages_probability_check CHECK (probability >= 0::numeric AND probability <= 100::numeric),
    constraint opportunity_stages_process_id_fkey FOREIGN KEY (process_id) REFERENCES sales.sales_processes(id)
);
alter table sales.opportunity_stages owner to salesdesk_owner;
grant select on table sales.opportunity_stages to salesdesk_api;
grant update ("position", name, name_en, probability, forecast_category, outcome, active) on table sales.opportunity_stages to salesdesk_api;
grant insert (process_id, "position", code, name, name_en, probability, forecast_category, outcome, active) on table sales.opportunity_stages to salesdesk_api;

CREATE TRIGGER forecast_outcome AFTER UPDATE ON sales.opportunity_stages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.forecast_stages_changed();
CREATE TRIGGER stage_close_outcome AFTER UPDATE ON sales.opportunity_stages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.stage_close_outcomes_changed();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.opportunity_stages FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.opportunity_stages enable row level security;
alter table sales.opportunity_stages force row level security;

-- Written in: 0018_opportunities.sql
create policy "every employee reads the stages" on sales.opportunity_stages
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);

-- Written in: 0018_opportunities.sql
create policy "maintain_picklists adds stages" on sales.opportunity_stages
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission));

-- Written in: 0018_opportunities.sql
create policy "maintain_picklists changes stages" on sales.opportunity_stages
    for update to salesdesk_api
    using (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission))
    with check (( SELECT private.has_permission('maintain_picklists'::text) AS has_permission));
