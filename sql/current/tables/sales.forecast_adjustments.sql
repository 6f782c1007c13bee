-- sales.forecast_adjustments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0036_forecast.sql

create table sales.forecast_adjustments (
    id bigint generated always as identity not null,
    unit_id bigint,
    month date not null,
    category text not null,
    amount numeric(14,2) not null,
    note text,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint forecast_adjustments_pkey PRIMARY KEY (id),
    constraint forecast_adjustments_amount_check CHECK (amount >= 0::numeric),
    constraint forecast_adjustments_category_check CHECK (category = ANY (ARRAY['commit'::text, 'best_case'::text, 'pipeline'::text])),
    constraint forecast_adjustments_month_check CHECK (EXTRACT(day FROM month) = 1::numeric),
    constraint forecast_adjustments_note_check CHECK (note IS NULL OR length(note) <= 500),
    constraint forecast_adjustments_created_by_fkey FOREIGN KEY (created_by) REFERENCES sales.employees(id),
    constraint forecast_adjustments_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES sales.org_units(id)
);
alter table sales.forecast_adjustments owner to salesdesk_owner;
grant select on table sales.forecast_adjustments to salesdesk_api;
grant insert (unit_id, month, category, amount, note) on table sales.forecast_adjustments to salesdesk_api;

CREATE INDEX forecast_adjustments_node_idx ON sales.forecast_adjustments USING btree (unit_id, month, category, id);
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.forecast_adjustments FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.forecast_adjustments enable row level security;
alter table sales.forecast_adjustments force row level security;

-- Written in: 0036_forecast.sql
create policy "a manager adds adjustments to their own node only" on sales.forecast_adjustments
    for insert to salesdesk_api
    with check (private.may_adjust_forecast(unit_id) AND created_by = (( SELECT private.current_employee_id() AS current_employee_id)));

-- Written in: 0036_forecast.sql
create policy "whoever may open the node reads its adjustments" on sales.forecast_adjustments
    for select to salesdesk_api
    using (
CASE
    WHEN unit_id IS NULL THEN ( SELECT private.sees_all() AS sees_all)
    ELSE unit_id = ANY ((( SELECT private.forecast_units() AS forecast_units))::bigint[])
END);
