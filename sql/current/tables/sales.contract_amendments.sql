-- sales.contract_amendments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0028_quotes_contracts.sql

create table sales.contract_amendments (
    id bigint generated always as identity not null,
    contract_id bigint not null,
    amendment_no integer not null,
    status text default 'draft'::text not null,
    fields jsonb not null,
    lines jsonb not null,
    created_at timestamp with time zone default clock_timestamp() not null,
    created_by bigint,
    updated_at timestamp with time zone default clock_timestamp() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint contract_amendments_pkey PRIMARY KEY (id),
    constraint contract_amendments_contract_id_amendment_no_key UNIQUE (contract_id, amendment_no),
    constraint contract_amendments_status_check CHECK (status = ANY (ARRAY['draft'::text, 'submitted'::text, 'rejected'::text, 'approved'::text])),
    constraint contract_amendments_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES sales.contracts(id),
    constraint contract_amendments_created_by_fkey FOREIGN KEY (created_by) REFERENCES sales.employees(id),
    constraint contract_amendments_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES sales.employees(id)
);
alter table sales.contract_amendments owner to salesdesk_owner;
grant select on table sales.contract_amendments to salesdesk_api;

CREATE UNIQUE INDEX contract_amendments_open_idx ON sales.contract_amendments USING btree (contract_id) WHERE (status = ANY (ARRAY['draft'::text, 'submitted'::text, 'rejected'::text]));

alter table sales.contract_amendments enable row level security;
alter table sales.contract_amendments force row level security;

-- Written in: 0028_quotes_contracts.sql
create policy "the API reads what belongs to a contract the caller sees" on sales.contract_amendments
    for select to salesdesk_api
    using ((EXISTS ( SELECT 1
   FROM sales.contracts c
  WHERE c.id = contract_amendments.contract_id)));
