-- sales.metrics, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0033_performance_basis.sql

create table sales.metrics (
    code text not null,
    name text not null,
    name_en text not null,
    source text not null,
    date_field text not null,
    measure text not null,
    counts text not null,
    counts_en text not null,
    sort_order integer default 0 not null,
    active boolean default true not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint metrics_pkey PRIMARY KEY (code),
    constraint metrics_code_check CHECK (code ~ '^[a-z][a-z_]{1,39}$'::text),
    constraint metrics_counts_check CHECK (length(counts) <= 200),
    constraint metrics_counts_en_check CHECK (length(counts_en) <= 300),
    constraint metrics_date_field_check CHECK (date_field = ANY (ARRAY['approved_at'::text, 'received_on'::text, 'created_at'::text, 'happened_at'::text, 'converted_at'::text])),
    constraint metrics_measure_check CHECK (measure = ANY (ARRAY['amount'::text, 'count'::text])),
    constraint metrics_name_check CHECK (btrim(name) <> ''::text AND length(name) <= 50),
    constraint metrics_name_en_check CHECK (btrim(name_en) <> ''::text AND length(name_en) <= 80),
    constraint metrics_source_check CHECK (source = ANY (ARRAY['contracts'::text, 'payments'::text, 'customers'::text, 'followups'::text, 'leads'::text]))
);
alter table sales.metrics owner to salesdesk_owner;
grant select on table sales.metrics to salesdesk_api;

CREATE TRIGGER ledger_metrics AFTER INSERT OR DELETE OR UPDATE ON sales.metrics FOR EACH STATEMENT EXECUTE FUNCTION private.ledger_metrics_changed();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.metrics FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.metrics enable row level security;
alter table sales.metrics force row level security;

-- Written in: 0033_performance_basis.sql
create policy "every employee reads the metrics" on sales.metrics
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);
