-- sales.scorecard_items, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0035_attainment.sql

create table sales.scorecard_items (
    id bigint generated always as identity not null,
    position_id bigint not null,
    indicator text not null,
    weight numeric(5,2) not null,
    monthly_goal numeric(14,2),
    sort_order integer default 0 not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint scorecard_items_pkey PRIMARY KEY (id),
    constraint scorecard_items_position_id_indicator_key UNIQUE (position_id, indicator),
    constraint scorecard_items_indicator_check CHECK (indicator = ANY (ARRAY['contract_amount'::text, 'payments'::text, 'new_customers'::text, 'new_contracts'::text, 'followups'::text, 'leads_converted'::text, 'satisfaction'::text, 'deal_credit'::text])),
    constraint scorecard_items_monthly_goal_check CHECK (monthly_goal > 0::numeric),
    constraint scorecard_items_weight_check CHECK (weight > 0::numeric AND weight <= 100::numeric),
    constraint scorecard_items_position_id_fkey FOREIGN KEY (position_id) REFERENCES sales.positions(id) ON DELETE CASCADE
);
alter table sales.scorecard_items owner to salesdesk_owner;
grant select on table sales.scorecard_items to salesdesk_api;

CREATE CONSTRAINT TRIGGER scorecard_weights AFTER INSERT OR DELETE OR UPDATE ON sales.scorecard_items DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION private.check_scorecard_weights();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.scorecard_items FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.scorecard_items enable row level security;
alter table sales.scorecard_items force row level security;

-- Written in: 0035_attainment.sql
create policy "every employee reads the scorecards" on sales.scorecard_items
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);
